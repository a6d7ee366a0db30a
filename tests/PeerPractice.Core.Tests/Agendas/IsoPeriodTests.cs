using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>
/// The duration and cadence forms agendas accept, read exactly as agenda.schema.json's patterns say:
/// each component at most once and in order, at most 7 digits (4 for a cadence), no fractions, and a
/// leading minus or a zero length told apart from a malformed text.
/// </summary>
public class IsoPeriodTests
{
    [Theory]
    [InlineData("PT5M", 300)]
    [InlineData("PT1H30M", 5400)]
    [InlineData("PT1H2M3S", 3723)]
    [InlineData("PT90S", 90)]
    [InlineData("P1D", 86400)]
    [InlineData("P1DT2H", 93600)]
    [InlineData("P2DT0S", 172800)]
    [InlineData("PT9999999S", 9999999)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1h2m3s", 3723)]
    [InlineData("90s", 90)]
    [InlineData("2h", 7200)]
    [InlineData("9999999m", 599999940)]
    [InlineData("0h1m", 60)]
    public void Durations_are_read_in_ISO_and_short_form(string text, long seconds)
    {
        Assert.Equal(IsoPeriodStatus.Valid, IsoPeriod.ReadDuration(text, out var value));
        Assert.Equal(TimeSpan.FromSeconds(seconds), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("T5M")]
    [InlineData("pt5m")]
    [InlineData("PT5")]
    [InlineData("PT5M ")]
    [InlineData("PT1.5M")]
    [InlineData("PT10000000S")]
    [InlineData("P1M")]
    [InlineData("P1W")]
    [InlineData("PT5M1H")]
    [InlineData("PT1M1M")]
    [InlineData("5")]
    [InlineData("5M")]
    [InlineData("1m1h")]
    [InlineData("1h30")]
    [InlineData("10000000s")]
    [InlineData("5 m")]
    [InlineData("x5m")]
    [InlineData("X1D")]
    [InlineData("-T1DT1H")]
    public void Anything_else_is_malformed(string text)
    {
        Assert.Equal(IsoPeriodStatus.Malformed, IsoPeriod.ReadDuration(text, out var value));
        Assert.Equal(TimeSpan.Zero, value);
    }

    [Theory]
    [InlineData("PT0M")]
    [InlineData("P0D")]
    [InlineData("P0DT0H0M0S")]
    [InlineData("-PT5M")]
    [InlineData("0m")]
    [InlineData("0h0m0s")]
    [InlineData("-5m")]
    public void Zero_and_negative_durations_are_well_formed_but_not_positive(string text)
    {
        Assert.Equal(IsoPeriodStatus.NotPositive, IsoPeriod.ReadDuration(text, out var value));
        Assert.Equal(TimeSpan.Zero, value);
    }

    [Theory]
    [InlineData("P1M", 1, 0)]
    [InlineData("P3M", 3, 0)]
    [InlineData("P1Y", 12, 0)]
    [InlineData("P1Y2M", 14, 0)]
    [InlineData("P2W", 0, 14)]
    [InlineData("P1W3D", 0, 10)]
    [InlineData("P10D", 0, 10)]
    [InlineData("P1Y1M1W1D", 13, 8)]
    [InlineData("P9999M", 9999, 0)]
    [InlineData("P0Y1D", 0, 1)]
    public void Cadences_are_read_in_years_months_weeks_and_days(string text, int months, int days)
    {
        Assert.Equal(IsoPeriodStatus.Valid, IsoPeriod.ReadCadence(text, out var value));
        Assert.Equal(new Cadence(months, days), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("1M")]
    [InlineData("-")]
    [InlineData("PT1M")]
    [InlineData("P1DT1H")]
    [InlineData("P10000M")]
    [InlineData("P1M1Y")]
    [InlineData("P1D1W")]
    [InlineData("P1M ")]
    [InlineData("p1m")]
    [InlineData("X1M")]
    [InlineData("-Q2W")]
    public void Other_cadences_are_malformed(string text)
    {
        Assert.Equal(IsoPeriodStatus.Malformed, IsoPeriod.ReadCadence(text, out var value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("P0M")]
    [InlineData("P0Y0M0W0D")]
    [InlineData("-P1M")]
    public void Zero_and_negative_cadences_are_not_positive(string text)
    {
        Assert.Equal(IsoPeriodStatus.NotPositive, IsoPeriod.ReadCadence(text, out var value));
        Assert.Equal(default, value);
    }
}
