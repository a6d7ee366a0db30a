using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

public class AgendaParserTests
{
    [Fact]
    public void The_format_drafts_example_parses_into_the_expected_definition()
    {
        var result = AgendaParser.Parse(AgendaSamples.PeerBrainstorm, "peer-brainstorm.agenda.json");

        Assert.Empty(result.Problems);
        var agenda = Assert.IsType<AgendaDefinition>(result.Value);
        Assert.Equal("peer-brainstorm", agenda.Id);
        Assert.Equal(AgendaFormat.Pair, agenda.Format);
        Assert.Equal(new ParticipantRule(2, 2, default), agenda.Participants);
        Assert.Equal(TimeSpan.FromMinutes(90), agenda.Duration);
        Assert.Equal(Cadence.Monthly, agenda.Cadence);
        Assert.Equal(RotationPolicy.Alternate, agenda.Rotation);
        Assert.Equal(new Agreement("confidentiality", "What we discuss stays between us."), Assert.Single(agenda.Agreements));
        var section = Assert.Single(agenda.Sections);
        Assert.Equal(3, section.Items.Count);
        Assert.Equal(
            new AgendaItem("biggest-problem", "What is your biggest problem right now?", TurnPolicy.Each, TimeSpan.FromMinutes(5), new ResponsePhase(ResponseKind.Perspective, TimeSpan.FromMinutes(3)), ""),
            section.Items[0]);
        Assert.Null(section.Items[1].Response);
        Assert.Equal(new ClosingRule(true, true), agenda.Closing);
    }

    [Fact]
    public void Optional_fields_take_their_documented_defaults()
    {
        var agenda = AgendaParser.Parse(AgendaSamples.Minimal, null).Value!;

        Assert.Equal("", agenda.Summary);
        Assert.Equal(new ParticipantRule(2, 2, default), agenda.Participants);
        Assert.Null(agenda.Duration);
        Assert.Null(agenda.Cadence);
        Assert.Empty(agenda.Agreements);
        Assert.Equal(RotationPolicy.Alternate, agenda.Rotation);
        Assert.Equal(new ClosingRule(true, true), agenda.Closing);
    }

    [Fact]
    public void Parsing_the_same_text_twice_gives_equal_values()
    {
        var first = AgendaParser.Parse(AgendaSamples.PeerBrainstorm, "a");
        var second = AgendaParser.Parse(AgendaSamples.PeerBrainstorm, "a");

        Assert.Equal(first.Value, second.Value);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_parser_keeps_where_each_id_of_the_definition_is_written_counting_after_a_byte_order_mark()
    {
        var text = AgendaSamples.PeerBrainstorm;

        var result = AgendaParser.Parse("\uFEFF" + text, "a", out var ids);

        var agenda = result.Value!;
        Assert.NotNull(ids);
        AssertAt(text, "\"" + agenda.Id + "\"", ids.Agenda);
        AssertAt(text, "\"" + agenda.Sections[0].Id + "\"", ids.Section(0));
        for (var i = 0; i < agenda.Items.Count; i++)
        {
            AssertAt(text, "\"" + agenda.Items[i].Id + "\"", ids.Item(i));
        }

        Assert.Equal(AgendaParser.Parse(text, "a"), result);
    }

    [Fact]
    public void Without_a_definition_there_are_no_id_locations()
    {
        AgendaParser.Parse("{ \"id\": \"no-sections\" }", "a", out var ids);

        Assert.Null(ids);
    }

    // The first place the quoted id is written: every id in the sample is written once.
    private static void AssertAt(string text, string quoted, SourceSpan span)
    {
        var offset = text.IndexOf(quoted, StringComparison.Ordinal);
        var line = text[..offset].Count(c => c == '\n') + 1;
        var column = offset - text.LastIndexOf('\n', offset - 1);
        Assert.Equal((offset, quoted.Length, line, column), (span.Offset, span.Length, span.Line, span.Column));
    }
}
