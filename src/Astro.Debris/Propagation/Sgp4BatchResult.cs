namespace Astro.Debris.Propagation;

/// <summary>Allocated result of a batch propagation, time-major (see <see cref="Sgp4BatchDestination"/>).</summary>
public sealed class Sgp4BatchResult
{
    internal Sgp4BatchResult(int objects, int times, bool velocity)
    {
        ObjectCount = objects;
        TimeCount = times;
        int n = checked(objects * times);
        X = new double[n]; Y = new double[n]; Z = new double[n];
        Vx = velocity ? new double[n] : [];
        Vy = velocity ? new double[n] : [];
        Vz = velocity ? new double[n] : [];
        Errors = new Sgp4Error[n];
    }

    /// <summary>Number of objects.</summary>
    public int ObjectCount { get; }
    /// <summary>Number of times.</summary>
    public int TimeCount { get; }
    /// <summary>X, km, index <c>time * ObjectCount + object</c>.</summary>
    public double[] X { get; }
    /// <summary>Y, km.</summary>
    public double[] Y { get; }
    /// <summary>Z, km.</summary>
    public double[] Z { get; }
    /// <summary>X velocity, km/s (empty when velocities were not requested).</summary>
    public double[] Vx { get; }
    /// <summary>Y velocity, km/s.</summary>
    public double[] Vy { get; }
    /// <summary>Z velocity, km/s.</summary>
    public double[] Vz { get; }
    /// <summary>Error codes.</summary>
    public Sgp4Error[] Errors { get; }

    /// <summary>The state of one object at one time.</summary>
    public Sgp4Result this[int time, int obj]
    {
        get
        {
            if ((uint)time >= (uint)TimeCount) throw new ArgumentOutOfRangeException(nameof(time));
            if ((uint)obj >= (uint)ObjectCount) throw new ArgumentOutOfRangeException(nameof(obj));
            int i = time * ObjectCount + obj;
            var v = Vx.Length == 0 ? new Vector3D(double.NaN, double.NaN, double.NaN) : new Vector3D(Vx[i], Vy[i], Vz[i]);
            return new Sgp4Result(new Vector3D(X[i], Y[i], Z[i]), v, Errors[i]);
        }
    }

    internal Sgp4BatchDestination Destination(OutputFrame frame) =>
        new(X, Y, Z, Vx, Vy, Vz, Errors) { Frame = frame };
}
