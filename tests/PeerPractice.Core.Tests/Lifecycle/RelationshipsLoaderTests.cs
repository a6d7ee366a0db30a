using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

public sealed class RelationshipsLoaderTests
{
    private const string Internal = """
        {
          "$schema": "relationships.schema.json",
          "relationships": [
            {
              "id": "northwind-cio-cfo",
              "kind": "internal",
              "agenda": "internal-partnership",
              "started": "2026-01-05",
              "members": [
                { "id": "dana", "name": "Dana Reyes", "organization": "Northwind Health", "role": "CIO", "timeZone": "Europe/London" },
                { "id": "farah", "name": "Farah Khan", "organization": "Northwind Health", "role": "CFO", "workdayStart": 8, "workdayEnd": 16 }
              ]
            },
            {
              "id": "dana-marcus",
              "agenda": "quarterly-deep-dive",
              "started": "2026-02-01",
              "inPerson": true,
              "opener": "given",
              "members": [
                { "id": "dana", "name": "Dana Reyes", "organization": "Northwind Health" },
                { "id": "marcus", "name": "Marcus Lee", "organization": "Contoso Logistics" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void A_valid_file_gives_every_relationship_with_its_agenda_cadence_and_members()
    {
        var result = RelationshipsLoader.Parse(Internal, "team.relationships.json");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var (partnership, peers) = (result.Value[0], result.Value[1]);
        Assert.Equal(RelationshipKind.Internal, partnership.Kind);
        Assert.Equal(PeerPractice.Agendas.Cadence.Monthly, partnership.Cadence);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), partnership.StartedAt);
        Assert.Equal(("CFO", "UTC", 8, 16), (partnership.Members[1].Role, partnership.Members[1].TimeZoneId, partnership.Members[1].WorkdayStartHour, partnership.Members[1].WorkdayEndHour));
        Assert.Equal((RelationshipKind.Peer, true, (PeerPractice.Agendas.OpenerRule?)PeerPractice.Agendas.OpenerRule.Given, PeerPractice.Agendas.Cadence.Quarterly), (peers.Kind, peers.InPerson, peers.Opener, peers.Cadence));
    }

    [Theory]
    [InlineData("\"agenda\": \"internal-partnership\"", "\"agenda\": \"board-dinner\"", "PPR005", "No built-in agenda \"board-dinner\"")]
    [InlineData("\"kind\": \"internal\",", "", "PPR007", "peers come from different organizations")]
    [InlineData("\"started\": \"2026-01-05\",", "", "PPR004", "needs \"started\"")]
    [InlineData("\"workdayStart\": 8", "\"workdayStart\": 18", "PPR005", "ends (16) before it starts (18)")]
    [InlineData("\"timeZone\": \"Europe/London\"", "\"timeZone\": \"Mars/Olympus\"", "PPR005", "Unknown time zone \"Mars/Olympus\"")]
    [InlineData("\"id\": \"dana-marcus\"", "\"id\": \"northwind-cio-cfo\"", "PPR006", "appears twice")]
    [InlineData("\"inPerson\": true", "\"inPerson\": \"yes\"", "PPR002", "")]
    [InlineData("\"opener\": \"given\"", "\"opener\": \"loudest\"", "PPR005", "Use \"given\" or \"quieter-first\"")]
    [InlineData("\"role\": \"CIO\"", "\"role\": \"CIO\", \"rank\": 1", "PPR003", "Unknown property \"rank\"")]
    [InlineData("\"started\": \"2026-02-01\",", "\"started\": \"2026-02-01\",,", "PPR001", "")]
    public void A_bad_file_is_refused_whole_with_each_problem_located(string find, string replace, string id, string message)
    {
        var result = RelationshipsLoader.Parse(Internal.Replace(find, replace, StringComparison.Ordinal), "team.relationships.json");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems, p => p.Id == id);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal("team.relationships.json", problem.Source);
        Assert.True(problem.Span.Line > 1);
        Assert.True(result.Value.IsDefaultOrEmpty());
    }

    [Fact]
    public void Every_problem_id_has_one_descriptor()
    {
        Assert.Equal(RelationshipProblems.All.Count, RelationshipProblems.All.Select(d => d.Id).Distinct().Count());
        Assert.All(RelationshipProblems.All, d => Assert.StartsWith("PPR0", d.Id, StringComparison.Ordinal));
    }
}

internal static class ValueArrayTestExtensions
{
    public static bool IsDefaultOrEmpty<T>(this PeerPractice.Collections.ValueArray<T> values) => values.Count == 0;
}
