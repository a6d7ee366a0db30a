extern alias Generator;
using Generator::PeerPractice.Generators.Helpers;
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
    [InlineData("camelCase-id", "CamelCaseId")]
    [InlineData("snake_case", "SnakeCase")]
    [InlineData("1-on-1", "_1On1")]
    [InlineData("42", "_42")]
    [InlineData("class", "Class")]
    [InlineData("a--b", "AB")]
    public void Ids_become_PascalCase_names(string id, string expected) =>
        Assert.Equal(expected, IdentifierNames.ToPascalCase(id));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("café")]
    [InlineData("two words")]
    [InlineData("dotted.id")]
    [InlineData("日本")]
    public void Ids_without_a_safe_name_give_none(string id) =>
        Assert.Null(IdentifierNames.ToPascalCase(id));

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

    [Fact]
    public void An_item_id_with_non_ASCII_letters_is_reported()
    {
        var model = EmitHelper.Model(WithItems(("café", "Coffee?")));

        Assert.Null(model.Class);
        Assert.Equal("PPG004", Assert.Single(model.Diagnostics).Id);
    }

    [Fact]
    public void A_renamed_item_that_then_clashes_is_reported()
    {
        var model = EmitHelper.Model(WithItems(("definition", "Renamed to DefinitionItem"), ("definition-item", "Already DefinitionItem")));

        Assert.Equal("PPG003", Assert.Single(model.Diagnostics).Id);
    }

    private static AgendaDefinition WithItems(params (string Id, string Prompt)[] items) => SampleAgendas.PeerBrainstorm() with
    {
        Sections = ValueArray.Create(new AgendaSection("only", "Only", new ValueArray<AgendaItem>(
            items.Select(i => SampleAgendas.Item(i.Id, i.Prompt, TurnPolicy.Each, 1))))),
    };
}
