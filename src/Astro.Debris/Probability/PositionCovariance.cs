using Astro.Debris.Frames;

namespace Astro.Debris.Probability;

/// <summary>
/// A symmetric 3×3 position covariance in square metres. The axes are those of the context (an object's RTN frame,
/// or inertial axes, see <see cref="CovarianceFrame"/>). Only the six distinct elements are stored.
/// </summary>
public readonly struct PositionCovariance : IEquatable<PositionCovariance>
{
    /// <summary>Creates a covariance from its upper triangle (m²).</summary>
    /// <param name="c11">Variance of the first axis.</param>
    /// <param name="c12">Covariance of axes 1 and 2.</param>
    /// <param name="c13">Covariance of axes 1 and 3.</param>
    /// <param name="c22">Variance of the second axis.</param>
    /// <param name="c23">Covariance of axes 2 and 3.</param>
    /// <param name="c33">Variance of the third axis.</param>
    public PositionCovariance(double c11, double c12, double c13, double c22, double c23, double c33)
    {
        C11 = c11; C12 = c12; C13 = c13; C22 = c22; C23 = c23; C33 = c33;
    }

    /// <summary>The zero covariance (a perfectly known position).</summary>
    public static PositionCovariance Zero => default;

    /// <summary>Variance of the first axis (m²).</summary>
    public double C11 { get; }

    /// <summary>Covariance of axes 1 and 2 (m²).</summary>
    public double C12 { get; }

    /// <summary>Covariance of axes 1 and 3 (m²).</summary>
    public double C13 { get; }

    /// <summary>Variance of the second axis (m²).</summary>
    public double C22 { get; }

    /// <summary>Covariance of axes 2 and 3 (m²).</summary>
    public double C23 { get; }

    /// <summary>Variance of the third axis (m²).</summary>
    public double C33 { get; }

    /// <summary>Element (row, column), zero-based.</summary>
    /// <param name="row">Row 0–2.</param>
    /// <param name="column">Column 0–2.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside 0–2.</exception>
    public double this[int row, int column] => (Math.Min(row, column), Math.Max(row, column)) switch
    {
        (0, 0) => C11,
        (0, 1) => C12,
        (0, 2) => C13,
        (1, 1) => C22,
        (1, 2) => C23,
        (2, 2) => C33,
        _ => throw new ArgumentOutOfRangeException(nameof(row), "Indices must be 0, 1 or 2."),
    };

    /// <summary>A diagonal covariance from three standard deviations (m).</summary>
    /// <param name="sigma1">Standard deviation along the first axis.</param>
    /// <param name="sigma2">Standard deviation along the second axis.</param>
    /// <param name="sigma3">Standard deviation along the third axis.</param>
    public static PositionCovariance FromSigmas(double sigma1, double sigma2, double sigma3) =>
        new(sigma1 * sigma1, 0, 0, sigma2 * sigma2, 0, sigma3 * sigma3);

    /// <summary>Creates a covariance from a 3×3 matrix (or the upper-left 3×3 block of a larger one); the matrix is symmetrised.</summary>
    /// <param name="matrix">At least 3×3, m².</param>
    /// <exception cref="ArgumentException">The matrix is smaller than 3×3.</exception>
    public static PositionCovariance FromMatrix(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.GetLength(0) < 3 || matrix.GetLength(1) < 3)
            throw new ArgumentException("The matrix must be at least 3×3.", nameof(matrix));
        return new PositionCovariance(
            matrix[0, 0], 0.5 * (matrix[0, 1] + matrix[1, 0]), 0.5 * (matrix[0, 2] + matrix[2, 0]),
            matrix[1, 1], 0.5 * (matrix[1, 2] + matrix[2, 1]), matrix[2, 2]);
    }

    /// <summary>
    /// Creates a covariance from a row-major square matrix of side <paramref name="size"/> ≥ 3 (its upper-left 3×3 block
    /// is used and symmetrised), e.g. the 36 elements of a 6×6 position–velocity covariance.
    /// </summary>
    /// <param name="rowMajor">size × size values.</param>
    /// <param name="size">Side of the matrix (3 for a position covariance, 6 for a state covariance).</param>
    /// <exception cref="ArgumentException">The span is too short or size &lt; 3.</exception>
    public static PositionCovariance FromRowMajor(ReadOnlySpan<double> rowMajor, int size = 3)
    {
        if (size < 3) throw new ArgumentException("The size must be at least 3.", nameof(size));
        Preconditions.CheckDestination(size * size, rowMajor.Length, nameof(rowMajor));
        return new PositionCovariance(
            rowMajor[0], 0.5 * (rowMajor[1] + rowMajor[size]), 0.5 * (rowMajor[2] + rowMajor[2 * size]),
            rowMajor[size + 1], 0.5 * (rowMajor[size + 2] + rowMajor[2 * size + 1]), rowMajor[2 * size + 2]);
    }

    /// <summary>The matrix as a new 3×3 array.</summary>
    public double[,] ToMatrix() => new[,] { { C11, C12, C13 }, { C12, C22, C23 }, { C13, C23, C33 } };

    /// <summary>
    /// The covariance in the axes of the state an RTN frame was built from: C = M·C_rtn·Mᵀ with M = [R T N] (columns).
    /// </summary>
    /// <param name="frame">The RTN frame this covariance is expressed in.</param>
    public PositionCovariance FromRtn(RtnFrame frame) =>
        Rotate(frame.Radial, frame.Transverse, frame.Normal);

    /// <summary>The covariance in an RTN frame: C_rtn = Mᵀ·C·M with M = [R T N] (columns).</summary>
    /// <param name="frame">The RTN frame to express this (inertial) covariance in.</param>
    public PositionCovariance ToRtn(RtnFrame frame)
    {
        // Mᵀ has rows R, T, N: the new axis i is row i of the rotation.
        Vector3D r = frame.Radial, t = frame.Transverse, n = frame.Normal;
        return Rotate(new Vector3D(r.X, t.X, n.X), new Vector3D(r.Y, t.Y, n.Y), new Vector3D(r.Z, t.Z, n.Z));
    }

    /// <summary>The quadratic form aᵀ·C·b.</summary>
    /// <param name="a">Left vector.</param>
    /// <param name="b">Right vector.</param>
    public double Bilinear(Vector3D a, Vector3D b) =>
        a.X * (C11 * b.X + C12 * b.Y + C13 * b.Z) +
        a.Y * (C12 * b.X + C22 * b.Y + C23 * b.Z) +
        a.Z * (C13 * b.X + C23 * b.Y + C33 * b.Z);

    /// <summary>The sum of two covariances expressed in the same axes (independent errors, no cross term).</summary>
    /// <param name="a">First covariance.</param>
    /// <param name="b">Second covariance.</param>
    public static PositionCovariance operator +(PositionCovariance a, PositionCovariance b) =>
        new(a.C11 + b.C11, a.C12 + b.C12, a.C13 + b.C13, a.C22 + b.C22, a.C23 + b.C23, a.C33 + b.C33);

    /// <summary>The covariance scaled by a factor (e.g. k² for a sigma scale k).</summary>
    /// <param name="s">Factor.</param>
    /// <param name="a">Covariance.</param>
    public static PositionCovariance operator *(double s, PositionCovariance a) =>
        new(s * a.C11, s * a.C12, s * a.C13, s * a.C22, s * a.C23, s * a.C33);

    /// <summary>True when every element is finite.</summary>
    public bool IsFinite =>
        double.IsFinite(C11) && double.IsFinite(C12) && double.IsFinite(C13) &&
        double.IsFinite(C22) && double.IsFinite(C23) && double.IsFinite(C33);

    /// <summary>The eigenvalues in ascending order (m²), by MathNet's symmetric eigen-decomposition.</summary>
    public double[] Eigenvalues()
    {
        var m = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(ToMatrix());
        var values = m.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric).EigenValues;
        var result = new double[3];
        for (int i = 0; i < 3; i++) result[i] = values[i].Real;
        Array.Sort(result);
        return result;
    }

    /// <summary>C' = M·C·Mᵀ where M has columns a, b, c.</summary>
    private PositionCovariance Rotate(Vector3D a, Vector3D b, Vector3D c)
    {
        // Row i of M is (a_i, b_i, c_i).
        var m0 = new Vector3D(a.X, b.X, c.X);
        var m1 = new Vector3D(a.Y, b.Y, c.Y);
        var m2 = new Vector3D(a.Z, b.Z, c.Z);
        return new PositionCovariance(
            Bilinear(m0, m0), Bilinear(m0, m1), Bilinear(m0, m2),
            Bilinear(m1, m1), Bilinear(m1, m2), Bilinear(m2, m2));
    }

    /// <inheritdoc/>
    public bool Equals(PositionCovariance other) =>
        C11.Equals(other.C11) && C12.Equals(other.C12) && C13.Equals(other.C13) &&
        C22.Equals(other.C22) && C23.Equals(other.C23) && C33.Equals(other.C33);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PositionCovariance c && Equals(c);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(C11, C12, C13, C22, C23, C33);

    /// <summary>Equality.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    public static bool operator ==(PositionCovariance a, PositionCovariance b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    /// <param name="a">First.</param>
    /// <param name="b">Second.</param>
    public static bool operator !=(PositionCovariance a, PositionCovariance b) => !a.Equals(b);
}
