using System.Text.Json;
using PeerPractice.Core.Tests.Agendas;

namespace PeerPractice.Core.Tests.Schemas;

/// <summary>One type for every embedded schema: each file in the source tree is in the list, and each entry reads back.</summary>
public sealed class DataSchemaCatalogTests
{
    private static readonly string _sourceRoot = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core");

    public static TheoryData<string> FileNames => new(DataSchema.All.Select(schema => schema.FileName));

    [Fact]
    public void Every_schema_file_in_the_library_is_listed_once_and_nothing_else_is()
    {
        var files = SourceFiles("*.schema.json")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(files, DataSchema.All.Select(schema => schema.FileName).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void The_embedded_text_is_the_source_file_and_its_id_names_that_file(string fileName)
    {
        var schema = DataSchema.All.Single(s => s.FileName == fileName);
        var source = SourceFiles(fileName).Single();

        Assert.Equal(File.ReadAllText(source), schema.Text);
        using var document = JsonDocument.Parse(schema.Text);
        Assert.Equal(schema.Id, document.RootElement.GetProperty("$id").GetString());
        var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, source).Replace('\\', '/');
        Assert.EndsWith("/blob/main/" + relative, schema.Id, StringComparison.Ordinal);

        using var stream = schema.OpenRead();
        using var reader = new StreamReader(stream);
        Assert.Equal(schema.Text, reader.ReadToEnd());
    }

    [Theory]
    [InlineData("https://github.com/peerpractice/peerpractice/blob/main/src/PeerPractice.Core/Agendas/Schema/agenda.schema.json", "agenda.schema.json")]
    [InlineData("../schema/profiles.schema.json", "profiles.schema.json")]
    [InlineData("..\\schema\\policy.schema.json", "policy.schema.json")]
    [InlineData("https://peerpractice.dev/schemas/topic-catalog.schema.json#", "topic-catalog.schema.json")]
    [InlineData("Event.Schema.JSON", "event.schema.json")]
    public void Find_knows_a_schema_by_its_id_or_by_a_path_ending_in_its_file_name(string reference, string expected)
    {
        Assert.Equal(expected, DataSchema.Find(reference)?.FileName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("https://json-schema.org/draft/2020-12/schema")]
    [InlineData("agenda.schema.json/other.json")]
    [InlineData("my-agenda.schema.json")]
    public void Find_answers_null_for_a_schema_the_library_does_not_have(string reference)
    {
        Assert.Null(DataSchema.Find(reference));
    }

    // Only the source tree counts; a build output folder could hold copies.
    private static IEnumerable<string> SourceFiles(string pattern) =>
        Directory.GetFiles(_sourceRoot, pattern, SearchOption.AllDirectories)
            .Where(path => Path.GetRelativePath(_sourceRoot, path).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));
}
