namespace Astro.Debris.Screening;

/// <summary>
/// An object's covariance at TCA as a CDM carries it: in the object's RTN frame, units m², m²/s, m²/s² (and m³/kg,
/// m³/(kg·s), m⁴/kg² … for the drag, SRP and thrust rows). Symmetric; rows and columns in the order R, T, N, R_DOT,
/// T_DOT, N_DOT, then DRG, SRP, THR when present (dimension 6, 7, 8 or 9).
/// </summary>
public sealed class CdmCovariance
{
    private readonly double[] _lower; // packed lower triangle, row by row: (0,0), (1,0), (1,1), (2,0) …

    /// <summary>Creates a covariance from its lower triangle, row by row as the CDM lists it
    /// (CR_R; CT_R, CT_T; CN_R, CN_T, CN_N; CRDOT_R …).</summary>
    /// <param name="dimension">6, 7 (with DRG), 8 (DRG, SRP) or 9 (DRG, SRP, THR).</param>
    /// <param name="lowerTriangle">dimension·(dimension+1)/2 finite values.</param>
    /// <exception cref="ArgumentException">A wrong dimension or count, or a value that is not finite.</exception>
    public CdmCovariance(int dimension, ReadOnlySpan<double> lowerTriangle)
    {
        if (dimension < 6 || dimension > 9)
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "A CDM covariance has dimension 6 to 9.");
        int count = dimension * (dimension + 1) / 2;
        if (lowerTriangle.Length != count)
            throw new ArgumentException($"A {dimension}×{dimension} covariance needs {count} lower-triangle values, got {lowerTriangle.Length}.", nameof(lowerTriangle));
        foreach (double v in lowerTriangle)
        {
            if (!double.IsFinite(v)) throw new ArgumentException("Covariance values must be finite.", nameof(lowerTriangle));
        }
        Dimension = dimension;
        _lower = lowerTriangle.ToArray();
    }

    /// <summary>Creates a covariance from a full square matrix, which must be symmetric.</summary>
    /// <param name="matrix">A 6×6 to 9×9 symmetric matrix of finite values.</param>
    /// <returns>The covariance.</returns>
    /// <exception cref="ArgumentException">Not square, wrong size, not symmetric or not finite.</exception>
    public static CdmCovariance FromMatrix(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        int n = matrix.GetLength(0);
        if (matrix.GetLength(1) != n) throw new ArgumentException("The covariance matrix must be square.", nameof(matrix));
        if (n < 6 || n > 9) throw new ArgumentException($"A CDM covariance has dimension 6 to 9, got {n}.", nameof(matrix));
        var lower = new double[n * (n + 1) / 2];
        int k = 0;
        for (int r = 0; r < n; r++)
        {
            for (int c = 0; c <= r; c++)
            {
                if (matrix[r, c] != matrix[c, r])
                    throw new ArgumentException($"The covariance matrix is not symmetric at ({r}, {c}).", nameof(matrix));
                lower[k++] = matrix[r, c];
            }
        }
        return new CdmCovariance(n, lower);
    }

    /// <summary>A 6×6 covariance from the diagonal standard deviations in m and m/s (no correlations).</summary>
    /// <param name="sigmaPositionRtnMeters">1-σ of R, T, N in m.</param>
    /// <param name="sigmaVelocityRtnMetersPerSecond">1-σ of R_DOT, T_DOT, N_DOT in m/s.</param>
    /// <returns>The covariance.</returns>
    public static CdmCovariance FromSigmas(Vector3D sigmaPositionRtnMeters, Vector3D sigmaVelocityRtnMetersPerSecond)
    {
        var m = new double[6, 6];
        double[] s = { sigmaPositionRtnMeters.X, sigmaPositionRtnMeters.Y, sigmaPositionRtnMeters.Z,
            sigmaVelocityRtnMetersPerSecond.X, sigmaVelocityRtnMetersPerSecond.Y, sigmaVelocityRtnMetersPerSecond.Z };
        for (int i = 0; i < 6; i++) m[i, i] = s[i] * s[i];
        return FromMatrix(m);
    }

    /// <summary>6 normally; 7, 8 or 9 when the DRG, SRP and THR rows are present.</summary>
    public int Dimension { get; }

    /// <summary>An element; symmetric (<c>[r, c] == [c, r]</c>). Index order R, T, N, R_DOT, T_DOT, N_DOT, DRG, SRP, THR.</summary>
    /// <param name="row">0-based row.</param>
    /// <param name="column">0-based column.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index outside 0..Dimension-1.</exception>
    public double this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)Dimension) throw new ArgumentOutOfRangeException(nameof(row), row, $"0..{Dimension - 1}");
            if ((uint)column >= (uint)Dimension) throw new ArgumentOutOfRangeException(nameof(column), column, $"0..{Dimension - 1}");
            if (column > row) (row, column) = (column, row);
            return _lower[row * (row + 1) / 2 + column];
        }
    }

    /// <summary>True when every element is zero (CSpOC writes zeros when it has no covariance for an object).</summary>
    public bool IsZero => Array.TrueForAll(_lower, v => v == 0);

    /// <summary>The 3×3 position block (R, T, N) in m².</summary>
    /// <returns>A new array.</returns>
    public double[,] PositionBlock()
    {
        var m = new double[3, 3];
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 3; c++) m[r, c] = this[r, c];
        }
        return m;
    }

    /// <summary>The full symmetric matrix.</summary>
    /// <returns>A new Dimension×Dimension array.</returns>
    public double[,] ToMatrix()
    {
        var m = new double[Dimension, Dimension];
        for (int r = 0; r < Dimension; r++)
        {
            for (int c = 0; c < Dimension; c++) m[r, c] = this[r, c];
        }
        return m;
    }

    /// <summary>The CDM keyword of an element, e.g. (1, 0) → <c>CT_R</c>, (6, 6) → <c>CDRG_DRG</c> (either order of indices).</summary>
    /// <param name="row">0-based row (0..8).</param>
    /// <param name="column">0-based column (0..8).</param>
    /// <returns>The keyword.</returns>
    public static string Keyword(int row, int column)
    {
        if ((uint)row > 8) throw new ArgumentOutOfRangeException(nameof(row), row, "0..8");
        if ((uint)column > 8) throw new ArgumentOutOfRangeException(nameof(column), column, "0..8");
        if (column > row) (row, column) = (column, row);
        return CdmKeywords.RtnCovarianceKeyword(row, column);
    }
}
