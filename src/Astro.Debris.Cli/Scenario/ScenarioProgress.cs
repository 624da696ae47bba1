using Spectre.Console;

namespace Astro.Debris.Cli.Scenario;

/// <summary>Progress of the scenario's phases (stderr only, never stdout).</summary>
internal interface IScenarioProgress
{
    /// <summary>Starts a phase with a number of steps (the previous phase is complete).</summary>
    void Start(string phase, int steps);

    /// <summary>Marks steps of the current phase done.</summary>
    void Advance(int steps);
}

/// <summary>Plain lines ("phase ... done") for redirected output and tests.</summary>
internal sealed class TextProgress(TextWriter writer) : IScenarioProgress
{
    private string? _phase;

    public void Start(string phase, int steps)
    {
        Finish();
        _phase = phase;
        writer.WriteLine($"{phase} ...");
    }

    public void Advance(int steps) { }

    public void Finish()
    {
        if (_phase is not null) writer.WriteLine($"{_phase}: done");
        _phase = null;
    }
}

/// <summary>Spectre.Console progress bars on an interactive terminal.</summary>
internal sealed class SpectreProgress(ProgressContext context) : IScenarioProgress
{
    private ProgressTask? _task;

    public void Start(string phase, int steps)
    {
        if (_task is not null) _task.Value = _task.MaxValue;
        _task = context.AddTask(phase, maxValue: steps);
    }

    public void Advance(int steps) => _task?.Increment(steps);

    public void Finish()
    {
        if (_task is not null) _task.Value = _task.MaxValue;
    }
}
