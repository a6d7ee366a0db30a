using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>The id rules shared by the validator and the generator, at the edges of each character range.</summary>
public class AgendaIdentifierTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("z")]
    [InlineData("a0")]
    [InlineData("a9")]
    [InlineData("a-1")]
    [InlineData("biggest-problem")]
    [InlineData("a-b-c")]
    [InlineData("z9-a0")]
    public void Kebab_case_ids_are_accepted(string id) => Assert.True(AgendaIdentifiers.IsKebabCase(id));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("a-")]
    [InlineData("-a")]
    [InlineData("a--b")]
    [InlineData("1a")]
    [InlineData("A")]
    [InlineData("aB")]
    [InlineData("a_b")]
    [InlineData("a b")]
    [InlineData("`a")]
    [InlineData("{a")]
    [InlineData("a`")]
    [InlineData("a{")]
    [InlineData("a/")]
    [InlineData("a:")]
    [InlineData("caf\u00e9")]
    public void Anything_else_is_not_kebab_case(string id) => Assert.False(AgendaIdentifiers.IsKebabCase(id));

    [Fact]
    public void Null_is_not_kebab_case() => Assert.False(AgendaIdentifiers.IsKebabCase(null!));

    [Theory]
    [InlineData("biggest-problem", "BiggestProblem")]
    [InlineData("a-1", "A1")]
    [InlineData("a1", "A1")]
    [InlineData("z", "Z")]
    [InlineData("x--y", "XY")]
    [InlineData("-a", "A")]
    [InlineData("9a-b", "9aB")]
    [InlineData("a-B", "AB")]
    [InlineData("a-`", "A`")]
    [InlineData("a-{", "A{")]
    [InlineData("", "")]
    public void PascalCase_upper_cases_each_word_start_and_drops_hyphens(string id, string name) =>
        Assert.Equal(name, AgendaIdentifiers.ToPascalCase(id));

    [Fact]
    public void PascalCase_of_null_is_refused() =>
        Assert.Equal("kebabId", Assert.Throws<ArgumentNullException>(() => AgendaIdentifiers.ToPascalCase(null!)).ParamName);
}
