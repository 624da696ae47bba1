using MathNet.Numerics.Distributions;

namespace Astro.Debris.Breakup;

/// <summary>
/// The NASA Standard Breakup Model (EVOLVE 4.0; Johnson, Krisko, Liou &amp; Anz-Meador 2001) with the Krisko 2011
/// corrections (non-catastrophic M = m_p·v², mass conservation).
/// </summary>
/// <remarks>
/// <para><b>Count.</b> Explosion N(&gt;Lc) = 6·S·Lc^−1.6; collision N(&gt;Lc) = 0.1·M^0.75·Lc^−1.71 (M in kg, Lc in m).
/// The heavier body is the target; EMR = ½·m_light·v²/m_heavy; a collision is catastrophic when EMR &gt; 40 J/g
/// (strictly, as NASA CARA: exactly 40 J/g is non-catastrophic). M = m_t + m_p (catastrophic) or m_p·v² with v in km/s
/// (non-catastrophic). The number of power-law fragments is a <b>Poisson</b> draw with mean
/// λ = N(&gt;Lmin) − N(&gt;Lmax) (the sizes then form a Poisson point process with the model's intensity; the count is not
/// rounded). Sizes are i.i.d. from the power law truncated to [Lmin, Lmax] by inverse-CDF sampling.</para>
/// <para><b>A/M.</b> χ = log10(A/M): below 8 cm the small-fragment normal law (eq. 7); above 11 cm the parent class's
/// bimodal law (eqs. 5/6) sampled as a mixture (component 1 with probability α, else component 2); between 8 and 11 cm
/// the probabilistic bridge: the large-fragment mixture with probability w = (log10 Lc − log10 0.08)/(log10 0.11 − log10 0.08),
/// else the small-fragment law (distribution-continuous at both ends). Each fragment uses the class of the parent it
/// comes from. Area: A = 0.540424·Lc² (Lc &lt; 1.67 mm), 0.556945·Lc^2.0047077 otherwise; mass = A/(A/M).</para>
/// <para><b>Δv.</b> log10(Δv) ~ N(slope·χ + intercept, σ) from <see cref="BreakupEvent.DeltaVLaw"/> (NASA explosion or
/// collision law by default), optionally truncated at <see cref="BreakupEvent.MaximumDeltaVMetersPerSecond"/>; the direction is
/// uniform on the unit sphere (Marsaglia 1972).</para>
/// <para><b>Mass conservation (recipe).</b> Total parent mass T = m_t + m_p (collisions) or the parent mass (explosions).
/// Fragmentation budget B = T for explosions and catastrophic collisions, min(M, T) for non-catastrophic collisions
/// (M = m_p·v², Krisko: deposit ejecta until M). If Lmin &gt; 1 mm, the expected mass of the un-generated fragments in
/// [1 mm, Lmin) (the integral of the model's size density × A(Lc) × E[M/A | Lc]) is reserved: U = min(that, B).
/// Power-law fragments are deposited from the smallest upward while their cumulative mass stays within B − U (less a 1e-9
/// relative rounding margin); the first
/// fragment that would exceed it and all larger ones are discarded (<see cref="BreakupResult.DiscardedCount"/>).
/// The remaining mass R = T − U − Σ(kept) then goes, for explosions and catastrophic collisions, into k large fragments,
/// k uniform in {2, …, 8}, with masses R·E_i/ΣE (E_i i.i.d. exponential, i.e. a uniform split on the simplex), each with
/// Lc from the density relation (<see cref="CharacteristicLengthFromMassM"/>), A from the A(Lc) law, A/M = A/m, Δv from the
/// Δv law at that A/M; and, for non-catastrophic collisions, into one cratered remnant (same Lc/A rule, Δv = 0,
/// <see cref="FragmentSource.Remnant"/>). No fragment is added when R ≤ 1e-12·T.</para>
/// <para><b>Source.</b> Explosions: every fragment is <see cref="FragmentSource.Target"/>. Collisions: each fragment
/// (power-law or large) comes from the lighter body with probability p = m_light / B (catastrophic: m_light/(m_t + m_p);
/// non-catastrophic: the projectile's share of the ejecta, min(1, m_light/M)), else from the heavier body; the label is
/// the one the caller gave that body.</para>
/// <para><b>Randomness.</b> One event seed; stream 0 draws the count and the large fragments; power-law fragments are
/// generated in blocks of <see cref="BlockSize"/>, block b from its own stream b + 1 (xoshiro256** seeded via
/// SplitMix64 from (seed, b + 1)). The cloud is therefore identical for any degree of parallelism. The code uses no
/// FMA or SIMD intrinsics, so results depend only on the runtime's scalar Math functions.</para>
/// </remarks>
public static class BreakupModel
{
    /// <summary>Catastrophic threshold of the energy-to-mass ratio, J/kg (40 J/g).</summary>
    public const double CatastrophicEnergyToMassRatioJoulesPerKg = 40_000.0;

    /// <summary>Fragments per random-stream block (part of the reproducibility contract).</summary>
    public const int BlockSize = 16_384;

    /// <summary>Lower validity bound of the model, m (1 mm); the unresolved-mass reservation starts here.</summary>
    public const double ModelMinimumCharacteristicLengthM = 0.001;

    private const double MaximumExpectedCount = 400_000_000;
    private const double Ln10 = 2.302585092994045684;
    private const double AreaBreakM = 0.00167;
    private const double SmallAreaCoefficient = 0.540424;
    private const double LargeAreaCoefficient = 0.556945;
    private const double LargeAreaExponent = 2.0047077;
    private const double DensityCoefficient = 92.937;
    private const double DensityExponent = 2.26;

    /// <summary>Energy-to-mass ratio ½·m_light·v²/m_heavy, J/kg (v in m/s); 0 for an explosion.</summary>
    /// <param name="e">The event (validated).</param>
    public static double EnergyToMassRatioJoulesPerKg(BreakupEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Validate();
        if (e.Kind == BreakupKind.Explosion) return 0;
        double heavy = Math.Max(e.TargetMassKg, e.ProjectileMassKg);
        double light = Math.Min(e.TargetMassKg, e.ProjectileMassKg);
        double v = e.ImpactSpeedKmPerSecond * 1000.0;
        return 0.5 * light * v * v / heavy;
    }

    /// <summary>True for a collision with EMR &gt; 40 J/g; false for explosions.</summary>
    /// <param name="e">The event (validated).</param>
    public static bool IsCatastrophic(BreakupEvent e) =>
        e.Kind == BreakupKind.Collision && EnergyToMassRatioJoulesPerKg(e) > CatastrophicEnergyToMassRatioJoulesPerKg;

    /// <summary>The collision count law's M, kg: m_t + m_p if catastrophic, else m_light·v² with v in km/s.</summary>
    /// <param name="e">A collision event.</param>
    /// <exception cref="ArgumentException">The event is an explosion.</exception>
    public static double CollisionMassParameterKg(BreakupEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind != BreakupKind.Collision) throw new ArgumentException("M is defined for collisions only.", nameof(e));
        if (IsCatastrophic(e)) return e.TargetMassKg + e.ProjectileMassKg;
        double light = Math.Min(e.TargetMassKg, e.ProjectileMassKg);
        return light * e.ImpactSpeedKmPerSecond * e.ImpactSpeedKmPerSecond;
    }

    /// <summary>The model's cumulative count N(&gt;Lc) (not truncated at the maximum size, not rounded).</summary>
    /// <param name="e">The event.</param>
    /// <param name="characteristicLengthM">Lc, m, &gt; 0.</param>
    /// <exception cref="ArgumentException">Lc is not positive and finite.</exception>
    public static double CumulativeCount(BreakupEvent e, double characteristicLengthM)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!double.IsFinite(characteristicLengthM) || characteristicLengthM <= 0)
            throw new ArgumentException($"Characteristic length must be positive and finite, not {characteristicLengthM}.", nameof(characteristicLengthM));
        var (c, k) = CountLaw(e);
        return c * Math.Pow(characteristicLengthM, -k);
    }

    /// <summary>Expected number of power-law fragments between the event's minimum and maximum sizes.</summary>
    /// <param name="e">The event.</param>
    public static double ExpectedCount(BreakupEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        e.Validate();
        return CumulativeCount(e, e.MinimumCharacteristicLengthM) - CumulativeCount(e, MaximumCharacteristicLength(e));
    }

    /// <summary>
    /// Characteristic length of an intact body from its mass, m, assuming a sphere of density 92.937·Lc^−0.74 kg/m³:
    /// m = (π/6)·92.937·Lc^2.26. Gives 4.88 m for 1750 kg, 2.94 m for 556 kg.
    /// </summary>
    /// <param name="massKg">Mass, kg, &gt; 0.</param>
    public static double CharacteristicLengthFromMassM(double massKg)
    {
        if (!double.IsFinite(massKg) || massKg <= 0)
            throw new ArgumentException($"Mass must be positive and finite, not {massKg}.", nameof(massKg));
        return Math.Pow(6.0 * massKg / (DensityCoefficient * Math.PI), 1.0 / DensityExponent);
    }

    /// <summary>Average cross-section A(Lc), m²: 0.540424·Lc² below 1.67 mm, 0.556945·Lc^2.0047077 from 1.67 mm.</summary>
    /// <param name="characteristicLengthM">Lc, m.</param>
    public static double AreaFromCharacteristicLengthM2(double characteristicLengthM) =>
        characteristicLengthM < AreaBreakM
            ? SmallAreaCoefficient * characteristicLengthM * characteristicLengthM
            : LargeAreaCoefficient * Math.Pow(characteristicLengthM, LargeAreaExponent);

    /// <summary>Generates the fragment cloud on one thread. See the type remarks for every modelling choice.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The fragments and their bookkeeping.</returns>
    /// <exception cref="ArgumentException">The event is invalid or would produce more than 4×10⁸ fragments.</exception>
    public static BreakupResult Generate(BreakupEvent e) => Generate(e, 1);

    /// <summary>
    /// Generates the fragment cloud using up to <paramref name="maxDegreeOfParallelism"/> threads; the result is
    /// identical for every value (blocks have their own random streams).
    /// </summary>
    /// <param name="e">The event.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (≥ 1), or −1 for all cores.</param>
    /// <returns>The fragments and their bookkeeping.</returns>
    /// <exception cref="ArgumentException">The event is invalid or would produce more than 4×10⁸ fragments.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static BreakupResult Generate(BreakupEvent e, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use a positive thread count or -1.");
        e.Validate();
        var ctx = new Context(e);
        if (ctx.Lambda > MaximumExpectedCount)
            throw new ArgumentException(
                $"The event would produce about {ctx.Lambda:E3} fragments (limit {MaximumExpectedCount:E1}); raise MinimumCharacteristicLengthM.", nameof(e));

        var main = new XoshiroRandom(Xoshiro256.Create(e.Seed, 0));
        int n = ctx.Lambda > 0 ? Poisson.Sample(main, ctx.Lambda) : 0;
        var buffer = GC.AllocateUninitializedArray<Fragment>(n + 8);

        int blocks = (n + BlockSize - 1) / BlockSize;
        var partialMass = new double[blocks];
        var large = new List<int>[blocks];
        if (maxDegreeOfParallelism == 1 || blocks <= 1)
        {
            for (int b = 0; b < blocks; b++) partialMass[b] = FillBlock(ctx, buffer, n, b, large[b] = []);
        }
        else
        {
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
                b => partialMass[b] = FillBlock(ctx, buffer, n, b, large[b] = []));
        }
        double sum = 0;
        for (int b = 0; b < blocks; b++) sum += partialMass[b];

        // Mass budget: deposit from the smallest upward, i.e. drop the largest while over budget.
        double powerLawBudget = ctx.Budget - ctx.Unresolved;
        int discarded = 0;
        if (sum > powerLawBudget)
        {
            (discarded, sum) = Trim(buffer, n, sum, powerLawBudget, ctx.CandidateThreshold, large);
        }
        int count = n - discarded;

        double remaining = ctx.TotalMass - ctx.Unresolved - sum;
        var assignment = RemainderAssignment.None;
        int extra = 0;
        double remainderMass = 0;
        if (remaining > 1e-12 * ctx.TotalMass)
        {
            ref var rng = ref main.Generator;
            if (ctx.IsCollision && !ctx.Catastrophic)
            {
                assignment = RemainderAssignment.CrateredRemnant;
                buffer[count] = MassiveFragment(count, remaining, Vector3D.Zero, FragmentSource.Remnant);
                remainderMass = remaining;
                extra = 1;
            }
            else
            {
                assignment = RemainderAssignment.LargeFragments;
                extra = 2 + rng.NextInt(7);
                Span<double> share = stackalloc double[extra];
                double total = 0;
                for (int i = 0; i < extra; i++) total += share[i] = -Math.Log(rng.NextDoubleNonZero());
                for (int i = 0; i < extra; i++)
                {
                    double m = remaining * share[i] / total;
                    bool light = ctx.PLight > 0 && rng.NextDouble() < ctx.PLight;
                    var f = MassiveFragment(count + i, m, Vector3D.Zero, light ? ctx.LightSource : ctx.HeavySource);
                    double chi = Math.Log10(f.AreaToMassRatio);
                    double normal = NextNormal(ref rng);
                    double dv = ctx.SampleDeltaV(chi, normal, ref rng);
                    buffer[count + i] = f with { DeltaVMetersPerSecond = dv * NextDirection(ref rng) };
                    remainderMass += m;
                }
            }
        }

        return new BreakupResult(e, buffer, count + extra)
        {
            IsCatastrophic = ctx.Catastrophic,
            EnergyToMassRatioJoulesPerKg = ctx.Emr,
            CollisionMassParameterKg = ctx.MassParameter,
            MaximumCharacteristicLengthM = ctx.MaximumLength,
            ExpectedCount = ctx.Lambda,
            SampledCount = n,
            DiscardedCount = discarded,
            TotalParentMassKg = ctx.TotalMass,
            FragmentationBudgetKg = ctx.Budget,
            UnresolvedMassKg = ctx.Unresolved,
            PowerLawMassKg = sum,
            RemainingMassKg = remaining,
            RemainderAssignment = assignment,
            RemainderFragmentCount = extra,
            TotalFragmentMassKg = sum + remainderMass,
        };
    }

    internal static double MaximumCharacteristicLength(BreakupEvent e) =>
        e.MaximumCharacteristicLengthM ?? CharacteristicLengthFromMassM(
            e.Kind == BreakupKind.Collision ? Math.Max(e.TargetMassKg, e.ProjectileMassKg) : e.TargetMassKg);

    private static (double Coefficient, double Exponent) CountLaw(BreakupEvent e) =>
        e.Kind == BreakupKind.Explosion
            ? (6.0 * e.ScaleFactor, 1.6)
            : (0.1 * Math.Pow(CollisionMassParameterKg(e), 0.75), 1.71);

    private static Fragment MassiveFragment(int id, double massKg, Vector3D dv, FragmentSource source)
    {
        double lc = CharacteristicLengthFromMassM(massKg);
        double area = AreaFromCharacteristicLengthM2(lc);
        return new Fragment(id, lc, area, massKg, area / massKg, dv, source);
    }

    /// <summary>Fills block b of the power-law fragments; returns the block's mass sum.</summary>
    private static double FillBlock(Context ctx, Fragment[] buffer, int n, int block, List<int> large)
    {
        var rng = Xoshiro256.Create(ctx.Seed, (ulong)block + 1);
        int start = block * BlockSize;
        int end = Math.Min(n, start + BlockSize);
        double mass = 0;
        double a = ctx.SizeScale, b = ctx.SizeOffset, invK = ctx.InverseExponent;
        double pLight = ctx.PLight, candidate = ctx.CandidateThreshold;
        FragmentSource heavySource = ctx.HeavySource, lightSource = ctx.LightSource;
        ParentObjectType heavyType = ctx.HeavyType, lightType = ctx.LightType;
        for (int i = start; i < end; i++)
        {
            // Size: Lc = (a·u + Lmin^-k)^(-1/k), u ∈ [0, 1), a = Lmax^-k − Lmin^-k.
            double lnL = -invK * Math.Log(a * rng.NextDouble() + b);
            double lc = Math.Exp(lnL);
            double lambda = lnL * (1.0 / Ln10);

            FragmentSource source = heavySource;
            ParentObjectType type = heavyType;
            if (pLight > 0 && rng.NextDouble() < pLight)
            {
                source = lightSource;
                type = lightType;
            }

            // Two standard normals (Marsaglia polar method): one for χ, one for log10 Δv.
            double x, y, s;
            do
            {
                x = rng.NextSigned();
                y = rng.NextSigned();
                s = x * x + y * y;
            }
            while (s >= 1.0 || s == 0.0);
            double f = Math.Sqrt(-2.0 * Math.Log(s) / s);
            double n1 = x * f, n2 = y * f;

            double chi;
            if (lc < AreaToMassLaw.SmallLimitM || (lc <= AreaToMassLaw.LargeLimitM && rng.NextDouble() >= AreaToMassLaw.LargeWeight(lambda)))
            {
                chi = AreaToMassLaw.SmallMu(lambda) + AreaToMassLaw.SmallSigma(lambda) * n1;
            }
            else
            {
                var p = AreaToMassLaw.Large(lambda, type);
                chi = rng.NextDouble() < p.Alpha ? p.Mu1 + p.Sigma1 * n1 : p.Mu2 + p.Sigma2 * n1;
            }
            double am = Math.Exp(chi * Ln10);
            double area = lc < AreaBreakM ? SmallAreaCoefficient * lc * lc : LargeAreaCoefficient * Math.Exp(LargeAreaExponent * lnL);
            double m = area / am;
            double dv = ctx.SampleDeltaV(chi, n2, ref rng);
            buffer[i] = new Fragment(i, lc, area, m, am, dv * NextDirection(ref rng), source);
            mass += m;
            if (lc >= candidate) large.Add(i);
        }
        return mass;
    }

    /// <summary>Removes the largest fragments (by Lc, ties by index) until the mass sum is within budget; compacts in place.</summary>
    private static (int Discarded, double Sum) Trim(Fragment[] buffer, int n, double sum, double budget, double threshold, List<int>[] candidates)
    {
        double excess = sum - budget;
        // The tail Lc ≥ threshold was collected while filling; it almost always holds the excess mass. Otherwise
        // lower the threshold and rescan (the result does not depend on which path found the tail).
        List<int> tail = [];
        double tailMass = 0;
        foreach (var list in candidates)
        {
            foreach (int i in list)
            {
                tail.Add(i);
                tailMass += buffer[i].MassKg;
            }
        }
        while (tailMass < excess && tail.Count < n)
        {
            threshold *= 0.5;
            tail.Clear();
            tailMass = 0;
            for (int i = 0; i < n; i++)
            {
                if (buffer[i].CharacteristicLengthM >= threshold)
                {
                    tail.Add(i);
                    tailMass += buffer[i].MassKg;
                }
            }
        }
        tail.Sort((p, q) =>
        {
            int c = buffer[q].CharacteristicLengthM.CompareTo(buffer[p].CharacteristicLengthM);
            return c != 0 ? c : q.CompareTo(p);
        });
        double removed = 0;
        int drop = 0;
        // A 1e-9 relative margin keeps the re-summed kept mass within the budget despite summation-order rounding.
        double limit = budget - 1e-9 * Math.Abs(budget);
        while (drop < tail.Count && sum - removed > limit)
        {
            removed += buffer[tail[drop]].MassKg;
            drop++;
        }
        if (drop == 0) return (0, sum);
        var dropped = tail.GetRange(0, drop);
        dropped.Sort();
        int write = dropped[0], next = 0;
        for (int read = dropped[0]; read < n; read++)
        {
            if (next < dropped.Count && dropped[next] == read)
            {
                next++;
                continue;
            }
            buffer[write] = buffer[read] with { Id = write };
            write++;
        }
        return (drop, sum - removed);
    }

    private static double NextNormal(ref Xoshiro256 rng)
    {
        double x, y, s;
        do
        {
            x = rng.NextSigned();
            y = rng.NextSigned();
            s = x * x + y * y;
        }
        while (s >= 1.0 || s == 0.0);
        return x * Math.Sqrt(-2.0 * Math.Log(s) / s);
    }

    /// <summary>Uniform direction on the unit sphere (Marsaglia 1972).</summary>
    private static Vector3D NextDirection(ref Xoshiro256 rng)
    {
        double x, y, s;
        do
        {
            x = rng.NextSigned();
            y = rng.NextSigned();
            s = x * x + y * y;
        }
        while (s >= 1.0);
        double r = 2.0 * Math.Sqrt(1.0 - s);
        return new Vector3D(x * r, y * r, 1.0 - 2.0 * s);
    }

    /// <summary>Event constants shared by every block (immutable).</summary>
    private sealed class Context
    {
        public Context(BreakupEvent e)
        {
            Seed = e.Seed;
            IsCollision = e.Kind == BreakupKind.Collision;
            MaximumLength = MaximumCharacteristicLength(e);
            var (c, k) = CountLaw(e);
            InverseExponent = 1.0 / k;
            SizeOffset = Math.Pow(e.MinimumCharacteristicLengthM, -k);
            SizeScale = Math.Pow(MaximumLength, -k) - SizeOffset;
            Lambda = c * SizeOffset - c * Math.Pow(MaximumLength, -k);
            DeltaV = e.DeltaVLaw ?? (IsCollision ? DeltaVLaw.NasaCollision : DeltaVLaw.NasaExplosion);
            if (e.MaximumDeltaVMetersPerSecond is { } cap) Log10Cap = Math.Log10(cap);

            if (IsCollision)
            {
                bool projectileHeavier = e.ProjectileMassKg > e.TargetMassKg;
                double heavy = Math.Max(e.TargetMassKg, e.ProjectileMassKg);
                double light = Math.Min(e.TargetMassKg, e.ProjectileMassKg);
                var projectileType = e.ProjectileObjectType ?? e.ObjectType;
                HeavySource = projectileHeavier ? FragmentSource.Projectile : FragmentSource.Target;
                LightSource = projectileHeavier ? FragmentSource.Target : FragmentSource.Projectile;
                HeavyType = projectileHeavier ? projectileType : e.ObjectType;
                LightType = projectileHeavier ? e.ObjectType : projectileType;
                double v = e.ImpactSpeedKmPerSecond * 1000.0;
                Emr = 0.5 * light * v * v / heavy;
                Catastrophic = Emr > CatastrophicEnergyToMassRatioJoulesPerKg;
                MassParameter = Catastrophic ? heavy + light : light * e.ImpactSpeedKmPerSecond * e.ImpactSpeedKmPerSecond;
                TotalMass = heavy + light;
                Budget = Catastrophic ? TotalMass : Math.Min(MassParameter, TotalMass);
                PLight = Math.Min(1.0, light / Budget);
            }
            else
            {
                HeavySource = LightSource = FragmentSource.Target;
                HeavyType = LightType = e.ObjectType;
                TotalMass = Budget = e.TargetMassKg;
            }
            Unresolved = Math.Min(Budget, UnresolvedMass(e.MinimumCharacteristicLengthM, c, k));
        }

        public ulong Seed { get; }
        public bool IsCollision { get; }
        public bool Catastrophic { get; }
        public double Emr { get; }
        public double MassParameter { get; }
        public double MaximumLength { get; }
        public double CandidateThreshold => MaximumLength / 32;
        public double InverseExponent { get; }
        public double SizeOffset { get; }
        public double SizeScale { get; }
        public double Lambda { get; }
        public DeltaVLaw DeltaV { get; }
        public double Log10Cap { get; } = double.NaN;
        public FragmentSource HeavySource { get; }
        public FragmentSource LightSource { get; }
        public ParentObjectType HeavyType { get; }
        public ParentObjectType LightType { get; }
        public double PLight { get; }
        public double TotalMass { get; }
        public double Budget { get; }
        public double Unresolved { get; }

        /// <summary>|Δv| in m/s given χ and a standard normal (and the generator, used only when capped).</summary>
        public double SampleDeltaV(double chi, double normal, ref Xoshiro256 rng)
        {
            double mu = DeltaV.Slope * chi + DeltaV.Intercept;
            double nu;
            if (double.IsNaN(Log10Cap))
            {
                nu = mu + DeltaV.Sigma * normal;
            }
            else
            {
                // Truncated normal by inverse CDF: ν = μ + σ·Φ⁻¹(u·Φ((log10 cap − μ)/σ)).
                double pMax = Normal.CDF(0, 1, (Log10Cap - mu) / DeltaV.Sigma);
                double u = rng.NextDoubleNonZero() * pMax;
                nu = u > 0 ? Math.Min(Log10Cap, mu + DeltaV.Sigma * Normal.InvCDF(0, 1, u)) : Log10Cap;
            }
            return Math.Exp(nu * Ln10);
        }

        /// <summary>Expected mass in [1 mm, Lmin) of the model, kg (midpoint rule in log10 Lc, 4000 steps).</summary>
        private double UnresolvedMass(double minimumLength, double c, double k)
        {
            double upper = Math.Min(minimumLength, MaximumLength);
            if (upper <= ModelMinimumCharacteristicLengthM) return 0;
            const int steps = 4000;
            double lo = Math.Log10(ModelMinimumCharacteristicLengthM), hi = Math.Log10(upper);
            double h = (hi - lo) / steps;
            double total = 0;
            for (int i = 0; i < steps; i++)
            {
                double lc = Math.Pow(10, lo + (i + 0.5) * h);
                // −dN/dλ = c·k·ln10·Lc^−k per unit log10 Lc.
                double density = c * k * Ln10 * Math.Pow(lc, -k);
                double perArea = (1 - PLight) * AreaToMassLaw.MeanMassPerArea(lc, HeavyType)
                                 + PLight * AreaToMassLaw.MeanMassPerArea(lc, LightType);
                total += density * AreaFromCharacteristicLengthM2(lc) * perArea * h;
            }
            return total;
        }
    }
}
