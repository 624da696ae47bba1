using Astro.Debris.Numerics;

namespace Astro.Debris.Propagation;

/// <summary>Which SGP4 branch a group of objects takes; every batch of lanes holds objects of one kind.</summary>
internal enum Sgp4GroupKind
{
    NearEarth,
    DeepSpace,
    DeepSynchronous,
    DeepHalfDay,
}

/// <summary>Field indices of the structure-of-arrays coefficient table (<see cref="Sgp4Group.Data"/>).</summary>
internal static class F
{
    public const int Mo = 0, Mdot = 1, Argpo = 2, Argpdot = 3, Nodeo = 4, Nodedot = 5, Nodecf = 6, Cc1 = 7, BstarCc4 = 8,
        T2cof = 9, NotIsimp = 10, Omgcof = 11, Eta = 12, Xmcof = 13, Delmo = 14, D2 = 15, D3 = 16, D4 = 17, BstarCc5 = 18,
        Sinmao = 19, T3cof = 20, T4cof = 21, T5cof = 22, NoUnkozai = 23, Ecco = 24, Inclo = 25, Aycof = 26, Xlcof = 27,
        Con41 = 28, X1mth2 = 29, X7thm1 = 30, AmBase = 31, SinIo = 32, CosIo = 33,
        NearCount = 34;

    // Deep-space fields follow the near-Earth ones.
    public const int Gsto = 34, Dedt = 35, Didt = 36, Domdt = 37, Dnodt = 38, Dmdt = 39, Xfact = 40, Xlamo = 41,
        Del1 = 42, Del2 = 43, Del3 = 44, D2201 = 45, D2211 = 46, D3210 = 47, D3222 = 48, D4410 = 49, D4422 = 50,
        D5220 = 51, D5232 = 52, D5421 = 53, D5433 = 54,
        E3 = 55, Ee2 = 56, Se2 = 57, Se3 = 58, Sgh2 = 59, Sgh3 = 60, Sgh4 = 61, Sh2 = 62, Sh3 = 63, Si2 = 64, Si3 = 65,
        Sl2 = 66, Sl3 = 67, Sl4 = 68, Xgh2 = 69, Xgh3 = 70, Xgh4 = 71, Xh2 = 72, Xh3 = 73, Xi2 = 74, Xi3 = 75,
        Xl2 = 76, Xl3 = 77, Xl4 = 78, Zmol = 79, Zmos = 80,
        DeepCount = 81;
}

/// <summary>
/// Objects of one <see cref="Sgp4GroupKind"/> in structure-of-arrays form by blocks of <see cref="Lanes"/> slots: field f
/// of slot s is <c>Data[Offset(f, s)]</c>, and the fields of one block of 16 slots lie together (the kernel reads one
/// block's coefficients as one sequential stream instead of one stream per field, 34 or 81 of them, each in its own page).
/// The slot count is padded to a multiple of <see cref="Lanes"/> (16: two Vector512s) by repeating the last object;
/// padded slots have <see cref="Index"/> −1 and their results are discarded.
/// </summary>
internal sealed class Sgp4Group
{
    public const int Lanes = 16;

    public readonly Sgp4GroupKind Kind;
    public readonly int Count;
    public readonly int Stride;
    /// <summary>Number of fields per slot (<see cref="F.NearCount"/> or <see cref="F.DeepCount"/>).</summary>
    public readonly int Fields;
    public readonly int[] Index;
    public readonly double[] Data;
    public readonly Time.Epoch[] Epochs;

    public Sgp4Group(Sgp4GroupKind kind, IReadOnlyList<(int Index, Sgp4Model Model)> members)
    {
        Kind = kind;
        Count = members.Count;
        Stride = (Count + Lanes - 1) / Lanes * Lanes;
        Fields = kind == Sgp4GroupKind.NearEarth ? F.NearCount : F.DeepCount;
        Data = new double[Fields * Stride];
        Index = new int[Stride];
        Epochs = new Time.Epoch[Stride];
        for (int s = 0; s < Stride; s++)
        {
            var (index, m) = members[Math.Min(s, Count - 1)];
            Index[s] = s < Count ? index : -1;
            Epochs[s] = m.ElementEpoch;
            Set(F.Mo, s, m.Mo); Set(F.Mdot, s, m.Mdot); Set(F.Argpo, s, m.Argpo); Set(F.Argpdot, s, m.Argpdot);
            Set(F.Nodeo, s, m.Nodeo); Set(F.Nodedot, s, m.Nodedot); Set(F.Nodecf, s, m.Nodecf); Set(F.Cc1, s, m.Cc1);
            Set(F.BstarCc4, s, m.Bstar * m.Cc4); Set(F.T2cof, s, m.T2cof);
            Set(F.NotIsimp, s, m.Isimp ? 0.0 : BitConverter.Int64BitsToDouble(-1L));
            Set(F.Omgcof, s, m.Omgcof); Set(F.Eta, s, m.Eta); Set(F.Xmcof, s, m.Xmcof); Set(F.Delmo, s, m.Delmo);
            Set(F.D2, s, m.D2); Set(F.D3, s, m.D3); Set(F.D4, s, m.D4); Set(F.BstarCc5, s, m.Bstar * m.Cc5);
            Set(F.Sinmao, s, m.Sinmao); Set(F.T3cof, s, m.T3cof); Set(F.T4cof, s, m.T4cof); Set(F.T5cof, s, m.T5cof);
            Set(F.NoUnkozai, s, m.NoUnkozai); Set(F.Ecco, s, m.Ecco); Set(F.Inclo, s, m.Inclo);
            Set(F.Aycof, s, m.Aycof); Set(F.Xlcof, s, m.Xlcof); Set(F.Con41, s, m.Con41); Set(F.X1mth2, s, m.X1mth2);
            Set(F.X7thm1, s, m.X7thm1);
            double q = m.Grav.Xke / m.NoUnkozai;
            Set(F.AmBase, s, Math.Cbrt(q * q));
            var (sinio, cosio) = Math.SinCos(m.Inclo);
            Set(F.SinIo, s, sinio); Set(F.CosIo, s, cosio);
            if (kind == Sgp4GroupKind.NearEarth) continue;
            Set(F.Gsto, s, m.Gsto); Set(F.Dedt, s, m.Dedt); Set(F.Didt, s, m.Didt); Set(F.Domdt, s, m.Domdt);
            Set(F.Dnodt, s, m.Dnodt); Set(F.Dmdt, s, m.Dmdt); Set(F.Xfact, s, m.Xfact); Set(F.Xlamo, s, m.Xlamo);
            Set(F.Del1, s, m.Del1); Set(F.Del2, s, m.Del2); Set(F.Del3, s, m.Del3);
            Set(F.D2201, s, m.D2201); Set(F.D2211, s, m.D2211); Set(F.D3210, s, m.D3210); Set(F.D3222, s, m.D3222);
            Set(F.D4410, s, m.D4410); Set(F.D4422, s, m.D4422); Set(F.D5220, s, m.D5220); Set(F.D5232, s, m.D5232);
            Set(F.D5421, s, m.D5421); Set(F.D5433, s, m.D5433);
            Set(F.E3, s, m.E3); Set(F.Ee2, s, m.Ee2); Set(F.Se2, s, m.Se2); Set(F.Se3, s, m.Se3);
            Set(F.Sgh2, s, m.Sgh2); Set(F.Sgh3, s, m.Sgh3); Set(F.Sgh4, s, m.Sgh4); Set(F.Sh2, s, m.Sh2); Set(F.Sh3, s, m.Sh3);
            Set(F.Si2, s, m.Si2); Set(F.Si3, s, m.Si3); Set(F.Sl2, s, m.Sl2); Set(F.Sl3, s, m.Sl3); Set(F.Sl4, s, m.Sl4);
            Set(F.Xgh2, s, m.Xgh2); Set(F.Xgh3, s, m.Xgh3); Set(F.Xgh4, s, m.Xgh4); Set(F.Xh2, s, m.Xh2); Set(F.Xh3, s, m.Xh3);
            Set(F.Xi2, s, m.Xi2); Set(F.Xi3, s, m.Xi3); Set(F.Xl2, s, m.Xl2); Set(F.Xl3, s, m.Xl3); Set(F.Xl4, s, m.Xl4);
            Set(F.Zmol, s, m.Zmol); Set(F.Zmos, s, m.Zmos);
        }
    }

    /// <summary>Index in <see cref="Data"/> of field <paramref name="field"/> of slot <paramref name="slot"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Offset(int field, int slot) => (slot & ~(Lanes - 1)) * Fields + field * Lanes + (slot & (Lanes - 1));

    private void Set(int field, int slot, double value) => Data[Offset(field, slot)] = value;
}
