using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>Assertions on parse results that say what was found when they fail.</summary>
internal static class ProblemAssert
{
    public static LoadResult<AgendaDefinition> Parse(string text) => AgendaParser.Parse(text, "test.agenda.json");

    /// <summary>Asserts exactly one problem with <paramref name="id"/> and returns it.</summary>
    public static Problem Single(string text, string id)
    {
        var result = Parse(text);
        var matching = result.Problems.Where(p => p.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, found: {Describe(result)}");
        return matching[0];
    }

    /// <summary>Asserts the ids of every problem, in document order.</summary>
    public static LoadResult<AgendaDefinition> Ids(string text, params string[] ids)
    {
        var result = Parse(text);
        Assert.True(ids.SequenceEqual(result.Problems.Select(p => p.Id)), $"Expected [{string.Join(", ", ids)}], found: {Describe(result)}");
        return result;
    }

    /// <summary>Asserts that the problem is located at line/column with the JSON path.</summary>
    public static void At(Problem problem, int line, int column, string path)
    {
        Assert.Equal((line, column, path), (problem.Span.Line, problem.Span.Column, problem.JsonPath));
    }

    public static string Describe(LoadResult<AgendaDefinition> result) =>
        result.Problems.IsEmpty ? "no problems" : string.Join(Environment.NewLine, result.Problems.Select(p => p.ToString()));
}
