using PeerPractice.Core.Tests.Agendas;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Issue 18, item 5: the member-profile and policy schemas agree with <see cref="ProfileLoader"/> and
/// <see cref="PolicyLoader"/> on the same files, checked with the standard validator ajv; what only the
/// loaders can check (the catalog, unique ids, hours in order) is pinned down as the one known difference.
/// </summary>
public sealed class MatchingSchemaTests : IDisposable
{
    private const string Member = """ "id": "m1", "organization": "Harbor Health" """;

    private readonly string _folder = Directory.CreateTempSubdirectory("pp-matching-schemas-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string SchemaPath(string name) => Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Matching", "Schema", name);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Profiles(string name, string members) => Write(name + ".profiles.json", "{ \"members\": [ " + members + " ] }");

    [Fact(Timeout = TestTimeouts.Process)]
    public void The_profiles_schema_and_the_loader_agree()
    {
        var sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "PeerPractice.Samples", "Matching", "default-members.json");
        string[] agree =
        [
            sample,
            Write("documented.profiles.json", $$"""
                { "$schema": "{{DataSchema.Profiles.Id}}", "members": [ {
                  "id": "m1", "name": "Dana Berg", "organization": "Harbor Health", "industry": "healthcare",
                  "title": "CIO", "roleFamily": "TechnologyLeadership", "roleLevel": "Executive",
                  "organizationSize": "Large", "metro": "Boston", "utcOffsetMinutes": -300,
                  "availableFromHour": 8, "availableToHour": 17,
                  "concerns": ["cybersecurity", "workforce-talent"], "strengths": ["service-management"],
                  "formats": "InPerson, Virtual", "cadence": "Monthly", "languages": ["en"],
                  "optOuts": "Groups, SiteVisits", "snoozedUntil": "2026-12-31",
                  "doNotPair": ["m7"], "meetEveryoneBeforeRepeating": true
                } ] }
                """),
            Profiles("minimal", "{" + Member + "}"),
            Profiles("any-case", "{" + Member + ", \"roleLevel\": \"vicepresident\", \"formats\": \"virtual\" }"),
            Write("empty.profiles.json", """{ "members": [] }"""),
            Profiles("no-organization", """{ "id": "m1" }"""),
            Profiles("empty-id", """{ "id": " ", "organization": "Acme" }"""),
            Profiles("null-member", "null"),
            Profiles("typo", "{" + Member + ", \"organisation\": \"Acme\" }"),
            Profiles("bad-level", "{" + Member + ", \"roleLevel\": \"Boss\" }"),
            Profiles("number-level", "{" + Member + ", \"roleLevel\": \"3\" }"),
            Profiles("bad-format", "{" + Member + ", \"formats\": \"Carrier pigeon\" }"),
            Profiles("no-format", "{" + Member + ", \"formats\": \"None\" }"),
            Profiles("late-hour", "{" + Member + ", \"availableToHour\": 25 }"),
            Profiles("hour-as-text", "{" + Member + ", \"availableFromHour\": \"8\" }"),
            Profiles("bad-date", "{" + Member + ", \"snoozedUntil\": \"31/12/2026\" }"),
            Profiles("null-name", "{" + Member + ", \"name\": null }"),
            Profiles("concern-not-text", "{" + Member + ", \"concerns\": [7] }"),
            Write("no-members.profiles.json", """{ "people": [] }"""),
        ];

        // What a schema cannot know: the catalog's topics, other members' ids, hours relative to each other.
        string[] loaderOnly =
        [
            Profiles("unknown-topic", "{" + Member + ", \"concerns\": [\"quantum-gardening\"] }"),
            Profiles("duplicate-id", "{" + Member + "}, {" + Member + "}"),
            Profiles("self-exclusion", "{" + Member + ", \"doNotPair\": [\"m1\"] }"),
            Profiles("hours-reversed", "{" + Member + ", \"availableFromHour\": 17, \"availableToHour\": 9 }"),
        ];

        var verdicts = AjvRunner.Check(SchemaPath(DataSchema.Profiles.FileName), [.. agree, .. loaderOnly]);

        foreach (var file in agree)
        {
            var loaded = ProfileLoader.Load(File.ReadAllText(file), sourceName: file);
            Assert.True(!loaded.HasErrors == verdicts[file].Valid, $"{Path.GetFileName(file)}: loader [{string.Join("; ", loaded.Problems)}], ajv {verdicts[file].Valid} [{string.Join("; ", verdicts[file].Errors)}]");
        }

        foreach (var file in loaderOnly)
        {
            Assert.True(verdicts[file].Valid, Path.GetFileName(file) + ": " + string.Join("; ", verdicts[file].Errors));
            Assert.True(ProfileLoader.Load(File.ReadAllText(file), sourceName: file).HasErrors, Path.GetFileName(file));
        }

        Assert.True(verdicts[sample].Valid, string.Join("; ", verdicts[sample].Errors));
        Assert.False(verdicts[agree[^1]].Valid);
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void The_policy_schema_and_the_loader_agree()
    {
        string[] files =
        [
            Write("documented.policy.json", $$"""
                {
                  "$schema": "{{DataSchema.Policy.Id}}",
                  "weights": { "role": 30, "sharedConcern": 10, "complementarity": 12, "industry": 10,
                               "size": 10, "placeAndTime": 20, "history": 10, "maxSharedConcerns": 3, "maxComplementary": 3 },
                  "industry": "PreferDifferent",
                  "coolDownDays": 180, "maxConcurrentPeers": 3, "minVirtualOverlapMinutes": 60,
                  "competitors": [["Harbor Health", "Cedar Medical Center"]],
                  "excludedPairs": [["m1", "m2"]],
                  "relaxationOrder": ["MeetEveryoneFirst", "CoolDown"],
                  "oddCount": "Trio"
                }
                """),
            Write("empty.policy.json", "{}"),
            Write("any-case.policy.json", """{ "oddCount": "rotatingsitout", "industry": "requiresame" }"""),
            Write("heavy-weight.policy.json", """{ "weights": { "role": 10001 } }"""),
            Write("weight-typo.policy.json", """{ "weights": { "rol": 10 } }"""),
            Write("negative.policy.json", """{ "coolDownDays": -1 }"""),
            Write("fraction.policy.json", """{ "maxConcurrentPeers": "3" }"""),
            Write("never-relaxes.policy.json", """{ "relaxationOrder": ["SameOrganization"] }"""),
            Write("unknown-rule.policy.json", """{ "relaxationOrder": ["Gravity"] }"""),
            Write("three-in-a-pair.policy.json", """{ "excludedPairs": [["a", "b", "c"]] }"""),
            Write("competitor-not-text.policy.json", """{ "competitors": [["Acme", 3]] }"""),
            Write("bad-industry.policy.json", """{ "industry": "Sometimes" }"""),
            Write("typo.policy.json", """{ "coolDown": 90 }"""),
            Write("array.policy.json", "[]"),
        ];

        var verdicts = AjvRunner.Check(SchemaPath(DataSchema.Policy.FileName), files);

        foreach (var file in files)
        {
            var loaded = PolicyLoader.Load(File.ReadAllText(file), file);
            Assert.True(loaded.Succeeded == verdicts[file].Valid, $"{Path.GetFileName(file)}: loader [{string.Join("; ", loaded.Problems)}], ajv {verdicts[file].Valid} [{string.Join("; ", verdicts[file].Errors)}]");
        }

        Assert.True(verdicts[files[0]].Valid, string.Join("; ", verdicts[files[0]].Errors));
    }

    [Fact]
    public void The_embedded_schemas_are_the_repository_files()
    {
        Assert.Equal(File.ReadAllText(SchemaPath(DataSchema.Profiles.FileName)), DataSchema.Profiles.Text);
        Assert.Equal(File.ReadAllText(SchemaPath(DataSchema.Policy.FileName)), DataSchema.Policy.Text);
        Assert.Contains(DataSchema.Profiles.Id, DataSchema.Profiles.Text, StringComparison.Ordinal);
        Assert.Contains(DataSchema.Policy.Id, DataSchema.Policy.Text, StringComparison.Ordinal);
    }
}
