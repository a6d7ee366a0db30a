using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Problems;

/// <summary>
/// Every JSON data file kind is read by the one strict reader: the same bad input gives a
/// <see cref="Problem"/> at the same line, column and JSON path, with the kind's own stable id.
/// </summary>
public class DataFileProblemTests
{
    private const string Source = "file.json";

    public static TheoryData<string, string, string, string, int, int, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, int, int, string>();
        (string Kind, string Syntax, string Comment, string Trailing, string Duplicate, string WrongType, string Field)[] kinds =
        [
            ("agenda", "PPA001", "PPA004", "PPA005", "PPA003", "PPA024", "title"),
            ("catalog", "PPT001", "PPT009", "PPT010", "PPT008", "PPT002", "topics"),
            ("profiles", "PPM001", "PPM013", "PPM014", "PPM012", "PPM001", "members"),
            ("policy", "PPM001", "PPM013", "PPM014", "PPM012", "PPM001", "industry"),
        ];
        foreach (var k in kinds)
        {
            data.Add(k.Kind, "{\n  \"a\": }", k.Syntax, "$", 2, 8, "syntax error");
            data.Add(k.Kind, "{\n  // a note\n}", k.Comment, "$", 2, 3, "comment");
            data.Add(k.Kind, "{\n  \"x\": 1,\n}", k.Trailing, "$", 2, 9, "trailing comma");
            data.Add(k.Kind, "{\n  \"x\": 1,\n  \"x\": 2\n}", k.Duplicate, "$.x", 3, 3, "duplicate key");
            data.Add(k.Kind, "{\n  \"" + k.Field + "\": 5\n}", k.WrongType, "$." + k.Field, 2, k.Field.Length + 7, "wrong type");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_a_located_problem_of_the_one_type(string kind, string text, string id, string path, int line, int column, string what)
    {
        var problems = Load(kind, text);

        var problem = Assert.Single(problems, p => p.Id == id && p.JsonPath == path);
        Assert.Equal((line, column, Source, ProblemSeverity.Error), (problem.Line, problem.Column, problem.Source, problem.Severity));
        Assert.StartsWith($"{Source}({line},{column}): error {id}: ", problem.ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"[{path}]", problem.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("https://", problem.HelpLink, StringComparison.Ordinal);
        Assert.True(problem.Message.Length > 10, what);
    }

    [Theory]
    [InlineData("agenda")]
    [InlineData("catalog")]
    [InlineData("profiles")]
    [InlineData("policy")]
    public void A_byte_order_mark_is_not_a_column(string kind)
    {
        var problem = Assert.Single(Load(kind, "\uFEFF{\n  // a note\n}"), p => p.Message.Contains("comment", StringComparison.Ordinal));
        Assert.Equal((2, 3), (problem.Line, problem.Column));
    }

    [Fact]
    public void Every_catalog_entry_links_to_its_page_and_ids_are_unique()
    {
        ValueArray<ProblemDescriptor>[] catalogs = [AgendaProblemCatalog.All, TopicCatalogProblems.All, MatchingProblems.All, global::PeerPractice.Documents.TemplateProblems.All];
        var all = catalogs.SelectMany(c => c).ToList();
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.All(all, d => Assert.True(File.Exists(Path.Combine(Agendas.TestPaths.RepositoryRoot, d.DocPage)), d.DocPage));
        Assert.All(all, d => Assert.Contains(d.Id, File.ReadAllText(Path.Combine(Agendas.TestPaths.RepositoryRoot, d.DocPage)), StringComparison.Ordinal));
    }

    private static ValueArray<Problem> Load(string kind, string text) => kind switch
    {
        "agenda" => AgendaLoader.Parse(text, Source).Problems,
        "catalog" => TopicCatalogParser.Parse(text, Source).Problems,
        "profiles" => ProfileLoader.Load(text, sourceName: Source).Problems,
        _ => PolicyLoader.Load(text, Source).Problems,
    };
}
