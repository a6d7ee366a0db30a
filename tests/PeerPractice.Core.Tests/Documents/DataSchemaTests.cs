using PeerPractice.Core.Tests.Agendas;
using PeerPractice.Documents;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// Issue 18, item 5: the topic-catalog and template-front-matter schemas agree with their validators,
/// checked with the standard validator ajv on valid and invalid files.
/// </summary>
public sealed class DataSchemaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-schemas-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void The_topic_catalog_schema_and_the_parser_agree()
    {
        var builtIn = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Matching", "Topics", "topics.json");
        string[] files =
        [
            builtIn,
            Write("custom.topics.json", """{ "$schema": "../topic-catalog.schema.json", "topics": [ { "id": "open-source", "title": "Open source", "origin": "custom", "questions": ["Which project would you fund?"] } ] }"""),
            Write("bad-id.topics.json", """{ "topics": [ { "id": "Open Source", "title": "Open source", "questions": ["Q?"] } ] }"""),
            Write("unknown-field.topics.json", """{ "topics": [ { "id": "a", "title": "A", "questions": ["Q?"], "colour": "blue" } ] }"""),
            Write("no-questions.topics.json", """{ "topics": [ { "id": "a", "title": "A", "questions": [] } ] }"""),
            Write("bad-origin.topics.json", """{ "topics": [ { "id": "a", "title": "A", "origin": "space", "questions": ["Q?"] } ] }"""),
            Write("empty.topics.json", """{ "topics": [] }"""),
        ];
        var schema = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Matching", "Topics", "topic-catalog.schema.json");

        var verdicts = AjvRunner.Check(schema, files);

        foreach (var file in files)
        {
            var parsed = TopicCatalogParser.Parse(File.ReadAllText(file), file);
            Assert.True(parsed.Succeeded == verdicts[file].Valid, $"{Path.GetFileName(file)}: parser {parsed.Succeeded}, ajv {verdicts[file].Valid} [{string.Join("; ", verdicts[file].Errors)}]");
        }

        Assert.True(verdicts[builtIn].Valid);
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void The_front_matter_schema_and_the_template_reader_agree()
    {
        (string FrontMatter, string Json)[] cases =
        [
            ("kind: session\nformat: markdown", """{ "kind": "session", "format": "markdown" }"""),
            ("kind: agenda\ndescription: Board one-pager", """{ "kind": "agenda", "description": "Board one-pager" }"""),
            ("kind: visit-plan", """{ "kind": "visit-plan" }"""),
            ("kind: breakfast-invite", """{ "kind": "breakfast-invite" }"""),
            ("kind: session\nformat: pdf", """{ "kind": "session", "format": "pdf" }"""),
            ("format: html", """{ "format": "html" }"""),
            ("kind: session\ncolour: blue", """{ "kind": "session", "colour": "blue" }"""),
        ];
        var jsonFiles = cases.Select((c, i) => Write($"front-matter-{i}.json", c.Json)).ToArray();
        var schema = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Documents", "Schema", "template-front-matter.schema.json");

        var verdicts = AjvRunner.Check(schema, jsonFiles);

        for (var i = 0; i < cases.Length; i++)
        {
            var templates = Path.Combine(_folder, "templates-" + i);
            Directory.CreateDirectory(templates);
            File.WriteAllText(Path.Combine(templates, "doc.md.sbn"), "---\n" + cases[i].FrontMatter + "\n---\nx");
            TemplateSet.FromFolder(templates, out var problems);
            Assert.True(problems.IsEmpty == verdicts[jsonFiles[i]].Valid, $"{cases[i].FrontMatter}: reader [{string.Join("; ", problems)}], ajv {verdicts[jsonFiles[i]].Valid}");
        }
    }

    [Fact]
    public void The_front_matter_schema_lists_every_registered_kind()
    {
        var schema = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Documents", "Schema", "template-front-matter.schema.json"));
        using var document = System.Text.Json.JsonDocument.Parse(schema);
        var kinds = document.RootElement.GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!);

        Assert.Equal(DocumentKinds.Names, kinds);
        Assert.NotNull(SampleDocuments.ForTemplates);
    }
}
