using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>The agenda model's own behaviour: cadence and turn text, items in order, equality by every field.</summary>
public class AgendaModelTests
{
    private static AgendaDefinition Sample(string id = "sample") => new(
        id,
        "Sample",
        "A sample.",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, ValueArray<ParticipantRole>.Empty),
        TimeSpan.FromMinutes(60),
        Cadence.Monthly,
        [new Agreement("confidentiality", "Stays here.")],
        RotationPolicy.Alternate,
        [
            new AgendaSection("first", "First", [Item("one"), Item("two")]),
            new AgendaSection("empty", "Empty", ValueArray<AgendaItem>.Empty),
            new AgendaSection("second", "Second", [Item("three")]),
        ],
        new ClosingRule(true, false));

    private static AgendaItem Item(string id) => new(id, "Prompt " + id, TurnPolicy.Each, TimeSpan.FromMinutes(5), null, "");

    [Theory]
    [InlineData(1, 0, "P1M")]
    [InlineData(3, 0, "P3M")]
    [InlineData(0, 14, "P14D")]
    [InlineData(1, 14, "P1M14D")]
    [InlineData(0, 0, "P0D")]
    public void A_cadence_is_written_in_ISO_8601_leaving_out_zero_parts_but_never_empty(int months, int days, string expected) =>
        Assert.Equal(expected, new Cadence(months, days).ToString());

    [Fact]
    public void The_named_cadences_are_one_and_three_months()
    {
        Assert.Equal(new Cadence(1, 0), Cadence.Monthly);
        Assert.Equal(new Cadence(3, 0), Cadence.Quarterly);
    }

    [Fact]
    public void A_cadence_adds_months_first_then_days_to_a_date()
    {
        var start = new DateTimeOffset(2026, 1, 31, 9, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.FromHours(1)), Cadence.Monthly.AddTo(start));
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.FromHours(1)), new Cadence(1, 14).AddTo(start));
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 0, 0, TimeSpan.FromHours(1)), new Cadence(0, 14).AddTo(start));
    }

    [Fact]
    public void Turn_policies_are_written_as_in_agenda_files()
    {
        Assert.Equal(("each", "open", "role:host"), (TurnPolicy.Each.ToString(), TurnPolicy.Open.ToString(), TurnPolicy.ForRole("host").ToString()));
        Assert.Equal(new TurnPolicy(TurnKind.Role, "host"), TurnPolicy.ForRole("host"));
        Assert.Throws<InvalidOperationException>(() => new TurnPolicy((TurnKind)99, null).ToString());
    }

    [Fact]
    public void Items_are_every_section_s_items_in_agenda_order()
    {
        Assert.Equal(["one", "two", "three"], Sample().Items.Select(i => i.Id));
    }

    [Fact]
    public void Agendas_with_the_same_fields_are_equal_with_equal_hashes()
    {
        Assert.Equal(Sample(), Sample());
        Assert.Equal(Sample().GetHashCode(), Sample().GetHashCode());
        Assert.False(Sample().Equals(null));
    }

    public static TheoryData<string> Fields() =>
        ["id", "title", "summary", "format", "participants", "duration", "cadence", "agreements", "rotation", "opener", "sections", "closing"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Agendas_that_differ_in_any_one_field_are_not_equal(string field)
    {
        var sample = Sample();
        var changed = field switch
        {
            "id" => sample with { Id = "other" },
            "title" => sample with { Title = "Other" },
            "summary" => sample with { Summary = "Other." },
            "format" => sample with { Format = AgendaFormat.Group },
            "participants" => sample with { Participants = new ParticipantRule(2, 3, ValueArray<ParticipantRole>.Empty) },
            "duration" => sample with { Duration = null },
            "cadence" => sample with { Cadence = Cadence.Quarterly },
            "agreements" => sample with { Agreements = ValueArray<Agreement>.Empty },
            "rotation" => sample with { Rotation = RotationPolicy.Fixed },
            "opener" => sample with { Opener = OpenerRule.QuieterFirst },
            "sections" => sample with { Sections = [new AgendaSection("first", "First", [Item("one")])] },
            "closing" => sample with { Closing = new ClosingRule(true, true) },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.NotEqual(sample, changed);
        Assert.NotEqual(changed, sample);
    }
}
