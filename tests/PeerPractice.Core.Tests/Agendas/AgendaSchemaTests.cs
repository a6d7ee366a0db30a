using System.Text.Json;
using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

public class AgendaSchemaTests
{
    [Fact]
    public void The_embedded_schema_is_the_file_in_the_repository_and_declares_draft_2020_12()
    {
        var file = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Agendas", "Schema", DataSchema.Agenda.FileName);

        Assert.Equal(File.ReadAllText(file), DataSchema.Agenda.Text);
        using var document = JsonDocument.Parse(DataSchema.Agenda.Text);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(DataSchema.Agenda.Id, document.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void OpenRead_gives_the_same_bytes_each_time()
    {
        using var first = DataSchema.Agenda.OpenRead();
        using var reader = new StreamReader(first);

        Assert.Equal(DataSchema.Agenda.Text, reader.ReadToEnd());
    }

    [Fact]
    public void The_schema_lists_exactly_the_properties_the_validator_knows_at_the_root()
    {
        using var document = JsonDocument.Parse(DataSchema.Agenda.Text);
        var properties = document.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        // The validator names every root property it knows after "Allowed: " in its unknown-property message.
        var unknown = AgendaLoader.Parse("""{ "id": "a", "zzz": 1 }""").Problems.Single(p => p.Id == "PPA021").Message;
        const string Allowed = "Allowed: ";
        var list = unknown[(unknown.IndexOf(Allowed, StringComparison.Ordinal) + Allowed.Length)..].TrimEnd('.');
        var known = list.Split(", ").Order(StringComparer.Ordinal);

        // Both directions: nothing in the schema that the validator would refuse, nothing the validator accepts that the schema lacks.
        Assert.Equal(properties, known);
    }
}
