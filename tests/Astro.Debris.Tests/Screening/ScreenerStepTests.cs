using Astro.Debris.Screening;
using Astro.Debris.Time;

namespace Astro.Debris.Tests.Screening;

/// <summary><see cref="ConjunctionScreener.DefaultStepSeconds"/> is the step <see cref="ConjunctionScreener.ScreenAllVersusAll"/> uses.</summary>
public sealed class ScreenerStepTests
{
    [Theory]
    [InlineData(5.0, 3600.0)]
    [InlineData(0.2, 3600.0)]
    [InlineData(5.0, 20.0)]
    public void Default_step_equals_the_all_versus_all_step(double thresholdKm, double seconds)
    {
        var cat = ScreenerTestData.LeoSubset(200, 3, 300, 1200);
        var start = Epoch.Parse("2022-08-10T00:00:00Z");
        var options = new ScreeningOptions(start, start.AddSeconds(seconds), thresholdKm);
        ConjunctionScreener.DefaultStepSeconds(cat, options).Should().Be(ConjunctionScreener.ScreenAllVersusAll(cat, options).Statistics.StepSeconds);
    }

    [Fact]
    public void An_explicit_step_is_returned_capped_at_the_window_and_bad_input_throws()
    {
        var cat = ScreenerTestData.LeoSubset(5, 3, 300, 1200);
        var start = Epoch.Parse("2022-08-10T00:00:00Z");
        var options = new ScreeningOptions(start, start.AddSeconds(100), 5) { StepSeconds = 30 };
        ConjunctionScreener.DefaultStepSeconds(cat, options).Should().Be(30);
        ConjunctionScreener.DefaultStepSeconds(cat, options with { StepSeconds = 300 }).Should().Be(100);
        ConjunctionScreener.DefaultStepSeconds([], options with { StepSeconds = null }).Should().Be(60);
        FluentActions.Invoking(() => ConjunctionScreener.DefaultStepSeconds(null!, options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConjunctionScreener.DefaultStepSeconds(cat, options with { End = start })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConjunctionScreener.DefaultStepSeconds([null!], options with { StepSeconds = null })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ConjunctionScreener.DefaultStepSeconds([null!], options)).Should().Throw<ArgumentException>();
    }
    [Fact]
    public void Result_order_is_the_order_of_the_screener_s_results()
    {
        var cat = ScreenerTestData.LeoSubset(400, 5, 400, 900);
        var start = Epoch.Parse("2022-08-10T00:00:00Z");
        var result = ConjunctionScreener.ScreenAllVersusAll(cat, new ScreeningOptions(start, start.AddSeconds(7200), 20));
        result.Count.Should().BeGreaterThan(1);
        var shuffled = result.Conjunctions.Reverse().ToList();
        shuffled.Sort(ConjunctionScreener.ResultOrder);
        shuffled.Should().Equal(result.Conjunctions);
        ConjunctionScreener.ResultOrder.Compare(result[0], result[1]).Should().BeLessThan(0);
    }

    [Fact]
    public void Merging_the_results_of_two_halves_of_a_window_gives_the_whole_window_s_result()
    {
        var cat = ScreenerTestData.LeoSubset(400, 5, 400, 900);
        var start = Epoch.Parse("2022-08-10T00:00:00Z");
        var whole = new ScreeningOptions(start, start.AddSeconds(7200), 20) { StepSeconds = 40 };
        var all = ConjunctionScreener.ScreenAllVersusAll(cat, whole);
        // Two windows meeting on a grid point (3600 s = 90 steps), the second one's events listed twice.
        var first = ConjunctionScreener.ScreenAllVersusAll(cat, whole with { End = start.AddSeconds(3600) });
        var second = ConjunctionScreener.ScreenAllVersusAll(cat, whole with { Start = start.AddSeconds(3600) });
        var merged = ConjunctionScreener.MergeEvents(second.Concat(first).Concat(second));
        all.Count.Should().BeGreaterThan(1);
        merged.Select(c => (c.Index1, c.Index2)).Should().Equal(all.Select(c => (c.Index1, c.Index2)));
        merged.Zip(all, (m, a) => Math.Abs(m.Tca.SecondsSince(a.Tca))).Should().OnlyContain(d => d < 1e-6);
        FluentActions.Invoking(() => ConjunctionScreener.MergeEvents(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConjunctionScreener.MergeEvents([null!])).Should().Throw<ArgumentNullException>();
    }
}
