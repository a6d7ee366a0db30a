extern alias Generator;
using Generator::PeerPractice.Generators.Helpers;
using Microsoft.CodeAnalysis;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Naming;

public class NamingTests
{
    [Theory]
    [InlineData("biggest-problem", "BiggestProblem")]
    [InlineData("peer-brainstorm", "PeerBrainstorm")]
    [InlineData("a", "A")]
    [InlineData("api-v2", "ApiV2")]
    [InlineData("a1-2b", "A12b")]
    [InlineData("class", "Class")]
    public void Ids_become_the_shared_PascalCase_names(string id, string expected)
    {
        Assert.Equal(expected, MemberNamer.NameOf(id));
        Assert.Equal(AgendaIdentifiers.ToPascalCase(id), MemberNamer.NameOf(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("café")]
    [InlineData("two words")]
    [InlineData("dotted.id")]
    [InlineData("日本")]
    [InlineData("camelCase-id")]
    [InlineData("snake_case")]
    [InlineData("1-on-1")]
    [InlineData("42")]
    [InlineData("a--b")]
    public void Ids_that_are_not_kebab_case_get_no_name(string id) =>
        Assert.Null(MemberNamer.NameOf(id));

    [Fact]
    public void Two_item_ids_making_the_same_name_are_reported_and_nothing_is_generated()
    {
        var definition = WithItems(("a-1", "First"), ("a1", "Second"));

        var model = EmitHelper.Model(definition);

        Assert.Null(model.Class);
        var clash = Assert.Single(model.Diagnostics);
        Assert.Equal("PPG003", clash.Id);
        Assert.Equal(["item", "a1", "A1", "item", "a-1"], clash.Arguments);
    }

    [Theory]
    [InlineData("café")]
    [InlineData("2nd-round")]
    [InlineData("snake_case")]
    public void An_item_id_that_is_not_kebab_case_is_reported_and_nothing_is_generated(string id)
    {
        var model = EmitHelper.Model(WithItems((id, "Coffee?")));

        Assert.Null(model.Class);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("PPG004", diagnostic.Id);
        Assert.Equal(["item", id], diagnostic.Arguments);
    }

    [Fact]
    public void An_agenda_id_that_is_not_kebab_case_is_reported_and_nothing_is_generated()
    {
        var model = EmitHelper.Model(SampleAgendas.PeerBrainstorm() with { Id = "1-on-1" });

        Assert.Null(model.Class);
        Assert.Equal(["agenda", "1-on-1"], Assert.Single(model.Diagnostics, d => d.Id == "PPG004").Arguments);
    }

    [Theory]
    [InlineData("café")]
    [InlineData("2nd-round")]
    [InlineData("snake_case")]
    public void In_a_build_the_validator_reports_such_an_id_first_at_the_id(string id)
    {
        var text = AgendaJson.Pair("pair", "Pair", "fine", id);
        var outcome = GeneratorHarness.Run("/repo/pair.agenda.json", text);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("PPA026", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        var offset = text.IndexOf("\"" + id + "\"", StringComparison.Ordinal);
        Assert.Equal(offset, diagnostic.Location.SourceSpan.Start);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void A_renamed_item_that_then_clashes_is_reported()
    {
        var model = EmitHelper.Model(WithItems(("definition", "Renamed to DefinitionItem"), ("definition-item", "Already DefinitionItem")));

        Assert.Equal("PPG003", Assert.Single(model.Diagnostics).Id);
    }

    [Theory]
    [InlineData("definition", "DefinitionItem")]
    [InlineData("item-id", "ItemIdItem")]
    [InlineData("get-item", "GetItemItem")]
    [InlineData("start-session", "StartSessionItem")]
    [InlineData("session", "SessionItem")]
    [InlineData("equals", "EqualsItem")]
    [InlineData("get-hash-code", "GetHashCodeItem")]
    [InlineData("get-type", "GetTypeItem")]
    [InlineData("to-string", "ToStringItem")]
    [InlineData("reference-equals", "ReferenceEqualsItem")]
    [InlineData("memberwise-clone", "MemberwiseCloneItem")]
    [InlineData("finalize", "FinalizeItem")]
    [InlineData("peer-brainstorm-agenda", "PeerBrainstormAgendaItem")]
    public void An_item_named_like_a_generated_or_object_member_gets_Item_appended(string id, string expected)
    {
        var model = EmitHelper.Model(WithItems((id, "Coffee?")));

        Assert.Empty(model.Diagnostics);
        Assert.Equal(expected, Assert.Single(Assert.Single(model.Class!.Sections).Items).MemberName);
    }

    [Fact]
    public void A_section_id_that_is_not_kebab_case_is_reported_as_a_section_and_nothing_is_generated()
    {
        var definition = SampleAgendas.PeerBrainstorm() with
        {
            Sections = ValueArray.Create(new AgendaSection("Only", "Only", ValueArray.Create(SampleAgendas.Item("fine", "Coffee?", TurnPolicy.Each, 1)))),
        };

        var model = EmitHelper.Model(definition);

        Assert.Null(model.Class);
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Equal("PPG004", diagnostic.Id);
        Assert.Equal(["section", "Only"], diagnostic.Arguments);
    }

    private static AgendaDefinition WithItems(params (string Id, string Prompt)[] items) => SampleAgendas.PeerBrainstorm() with
    {
        Sections = ValueArray.Create(new AgendaSection("only", "Only", new ValueArray<AgendaItem>(
            items.Select(i => SampleAgendas.Item(i.Id, i.Prompt, TurnPolicy.Each, 1))))),
    };
}
