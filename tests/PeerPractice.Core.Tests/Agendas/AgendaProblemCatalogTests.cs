using System.Text.RegularExpressions;
using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

public class AgendaProblemCatalogTests
{
    [Fact]
    public void Ids_are_unique_well_formed_ascending_and_PPA000_stays_retired()
    {
        var ids = AgendaProblemCatalog.All.Select(d => d.Id).ToList();

        Assert.All(ids, id => Assert.Matches(new Regex("^PPA0[0-9]{2}$"), id));
        Assert.Equal(ids.Distinct().Order(StringComparer.Ordinal), ids);
        Assert.DoesNotContain("PPA000", ids);
        Assert.All(AgendaProblemCatalog.All, d => Assert.Same(d, AgendaProblemCatalog.Find(d.Id)));
        Assert.Null(AgendaProblemCatalog.Find("PPA999"));
    }

    [Fact]
    public void Every_entry_is_documented_under_its_own_heading_with_the_same_title_and_severity()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "agenda-format.md"));

        foreach (var descriptor in AgendaProblemCatalog.All)
        {
            Assert.Contains($"### {descriptor.Id}\n**{descriptor.Title}** ({(descriptor.DefaultSeverity == ProblemSeverity.Error ? "error" : "warning")})", doc.ReplaceLineEndings("\n"));
            Assert.Equal("docs/agenda-format.md#" + descriptor.Id.ToLowerInvariant(), descriptor.DocAnchor);
            Assert.StartsWith("https://", descriptor.HelpUri, StringComparison.Ordinal);
            Assert.True(descriptor.Description.Length > 30, descriptor.Id);
        }
    }

    [Fact]
    public void Only_the_overrun_and_open_response_rules_are_warnings()
    {
        var warnings = AgendaProblemCatalog.All.Where(d => d.DefaultSeverity == ProblemSeverity.Warning).Select(d => d.Id);

        Assert.Equal(["PPA031", "PPA038"], warnings);
    }
}
