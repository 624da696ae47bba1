namespace Astro.Debris.Frames;

/// <summary>
/// A 3×3 double matrix stored by rows, used for frame rotations. Rotation builders follow the
/// "rotation of axes" convention of Vallado: <c>R1(a)</c>, <c>R2(a)</c>, <c>R3(a)</c> turn the coordinate
/// axes by <c>+a</c> about x, y, z, so a fixed vector's components appear turned by <c>−a</c>.
/// </summary>
internal readonly struct Matrix3D
{
    internal readonly double M11, M12, M13, M21, M22, M23, M31, M32, M33;

    internal Matrix3D(double m11, double m12, double m13, double m21, double m22, double m23, double m31, double m32, double m33)
    {
        M11 = m11; M12 = m12; M13 = m13;
        M21 = m21; M22 = m22; M23 = m23;
        M31 = m31; M32 = m32; M33 = m33;
    }

    internal static Matrix3D Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>Rotation of axes about x by <paramref name="angle"/> radians.</summary>
    internal static Matrix3D R1(double angle)
    {
        double c = Math.Cos(angle), s = Math.Sin(angle);
        return new Matrix3D(1, 0, 0, 0, c, s, 0, -s, c);
    }

    /// <summary>Rotation of axes about y by <paramref name="angle"/> radians.</summary>
    internal static Matrix3D R2(double angle)
    {
        double c = Math.Cos(angle), s = Math.Sin(angle);
        return new Matrix3D(c, 0, -s, 0, 1, 0, s, 0, c);
    }

    /// <summary>Rotation of axes about z by <paramref name="angle"/> radians.</summary>
    internal static Matrix3D R3(double angle)
    {
        double c = Math.Cos(angle), s = Math.Sin(angle);
        return new Matrix3D(c, s, 0, -s, c, 0, 0, 0, 1);
    }

    internal Matrix3D Transpose() => new(M11, M21, M31, M12, M22, M32, M13, M23, M33);

    /// <summary>This matrix times a column vector.</summary>
    internal Vector3D Multiply(Vector3D v) => new(
        M11 * v.X + M12 * v.Y + M13 * v.Z,
        M21 * v.X + M22 * v.Y + M23 * v.Z,
        M31 * v.X + M32 * v.Y + M33 * v.Z);

    /// <summary>The transpose of this matrix times a column vector (the inverse rotation).</summary>
    internal Vector3D TransposeMultiply(Vector3D v) => new(
        M11 * v.X + M21 * v.Y + M31 * v.Z,
        M12 * v.X + M22 * v.Y + M32 * v.Z,
        M13 * v.X + M23 * v.Y + M33 * v.Z);

    public static Matrix3D operator *(Matrix3D a, Matrix3D b) => new(
        a.M11 * b.M11 + a.M12 * b.M21 + a.M13 * b.M31,
        a.M11 * b.M12 + a.M12 * b.M22 + a.M13 * b.M32,
        a.M11 * b.M13 + a.M12 * b.M23 + a.M13 * b.M33,
        a.M21 * b.M11 + a.M22 * b.M21 + a.M23 * b.M31,
        a.M21 * b.M12 + a.M22 * b.M22 + a.M23 * b.M32,
        a.M21 * b.M13 + a.M22 * b.M23 + a.M23 * b.M33,
        a.M31 * b.M11 + a.M32 * b.M21 + a.M33 * b.M31,
        a.M31 * b.M12 + a.M32 * b.M22 + a.M33 * b.M32,
        a.M31 * b.M13 + a.M32 * b.M23 + a.M33 * b.M33);
}
