using Astro.Debris.Elements;
using Astro.Debris.Propagation;
using Astro.Debris.Time;

namespace Astro.Debris.Screening;

/// <summary>
/// An object that could not be screened over the whole window because SGP4 reported an error for it. The object is
/// screened up to the last grid sample before <see cref="FirstFailure"/>; no grid interval that touches a failed sample
/// is screened for it (an initialisation error excludes it entirely, with <see cref="FirstFailure"/> = window start).
/// </summary>
/// <param name="Role">The input list the object came from.</param>
/// <param name="Index">Its index in that list.</param>
/// <param name="Elements">Its element set.</param>
/// <param name="Error">The first SGP4 error code met.</param>
/// <param name="FirstFailure">The first time (grid sample or refinement evaluation) at which it failed.</param>
public sealed record ScreeningExclusion(ScreeningRole Role, int Index, ElementSet Elements, Sgp4Error Error, Epoch FirstFailure);
