// A consumer of the packed library: parse a TLE, propagate it, break it up, and check the answers.
using Astro.Debris.Breakup;
using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

var cosmos = TleReader.Parse(
    "1 13552U 82092A   21319.03826954  .00002024  00000-0  69413-4 0  9995",
    "2 13552  82.5637 123.6906 0018570 108.1104 252.2161 15.29390138142807", "COSMOS 1408");
var intercept = Epoch.Parse("2021-11-15T02:47:00Z");
var r = new Sgp4Propagator(cosmos).Propagate(intercept);
// python-sgp4 2.15: r = (-2119.942332, 1708.860415, 6274.172225) km
if (!r.IsSuccess || Math.Abs(r.Position.X + 2119.942332) > 1e-5) { Console.Error.WriteLine($"propagation wrong: {r}"); return 1; }

var e = BreakupEvent.Collision(ParentObjectType.Spacecraft, 2000, 50, 7, 0.1, seed: 1);
var sim = BreakupSimulation.Run(cosmos, intercept, e);
int sets = sim.ElementSets().Count();
Console.WriteLine($"package smoke: x = {r.Position.X:F6} km; {sim.Count} fragments, {sets} element sets");
return sets > 1000 ? 0 : 1;
