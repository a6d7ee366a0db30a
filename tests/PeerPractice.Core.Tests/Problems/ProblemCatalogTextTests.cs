using PeerPractice.Breakfasts;
using PeerPractice.Collections;
using PeerPractice.Documents;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Problems;

/// <summary>
/// The catalogs' ids, titles and severities are what `explain`, IDE tooltips and the docs tables show;
/// each description is a sentence of advice. A blank or renamed entry would reach users silently.
/// </summary>
public class ProblemCatalogTextTests
{
    public static TheoryData<string, string> Catalogs() => new()
    {
        { "matching", "PPM001 Error Invalid JSON or wrong type|PPM002 Error Missing id|PPM003 Error Duplicate id|PPM004 Error Missing organization|PPM005 Error Unknown topic|PPM006 Error Self-exclusion|PPM007 Error Bad available hours|PPM008 Error No meeting format|PPM010 Error Bad policy value|PPM011 Error Rule may not relax|PPM012 Error Duplicate property|PPM013 Error Comment not allowed|PPM014 Error Trailing comma|PPM015 Error Unknown property|PPM016 Error Malformed CSV" },
        { "topics", "PPT001 Error Invalid JSON|PPT002 Error Wrong type|PPT003 Error Unknown property|PPT004 Error Missing or empty|PPT005 Error Id not kebab-case|PPT006 Error Duplicate id|PPT007 Error Unknown origin|PPT008 Error Duplicate property|PPT009 Error Comment not allowed|PPT010 Error Trailing comma|PPT011 Error Too many topics" },
        { "visits", "PPV001 Error Invalid JSON or wrong type|PPV002 Error Missing property|PPV003 Error Duplicate property|PPV004 Error Comment not allowed|PPV005 Error Trailing comma|PPV006 Error Unknown property|PPV007 Error Bad id|PPV008 Error Bad date, time or duration|PPV009 Error Unknown topic|PPV010 Warning Plan not ready" },
        { "breakfasts", "PPE001 Error Invalid JSON or wrong type|PPE002 Error Missing property|PPE003 Error Duplicate property|PPE004 Error Comment not allowed|PPE005 Error Trailing comma|PPE006 Error Unknown property|PPE007 Error Bad id|PPE008 Error Bad time or duration|PPE009 Error Unknown topic|PPE010 Error Inconsistent event" },
        { "relationships", "PPR001 Error Invalid JSON|PPR002 Error Wrong type|PPR003 Error Unknown property|PPR004 Error Missing or empty|PPR005 Error Value not allowed|PPR006 Error Duplicate id|PPR007 Error Relationship rule broken|PPR008 Error Duplicate property|PPR009 Error Comment not allowed|PPR010 Error Trailing comma" },
        { "templates", "PPD001 Error Unknown template|PPD002 Error Template folder missing|PPD003 Error Template syntax error|PPD004 Error Render failed|PPD005 Error Private note in output|PPD006 Error Front matter error|PPD007 Error Unknown member" },
    };

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Every_entry_has_its_id_title_and_severity_and_a_sentence_of_advice(string catalog, string expected)
    {
        var (entries, page) = Catalog(catalog);
        Assert.Equal(expected.Split('|'), entries.Select(d => $"{d.Id} {d.DefaultSeverity} {d.Title}"));
        Assert.All(entries, d =>
        {
            Assert.Equal(page, d.DocPage);
            Assert.True(d.Description.Length > d.Title.Length && d.Description.EndsWith('.'), $"{d.Id}: \"{d.Description}\" is not a sentence of advice");
        });
    }

    [Theory]
    [InlineData("profiles", "The document holds only whitespace. Write a profiles object: { \"members\": [ { \"id\": ..., \"organization\": ... } ] }.", "Profiles files are strict JSON, which has no comments. Delete the comment; keep notes next to the file, not in it.")]
    [InlineData("policy", "The document holds only whitespace. Write a policy object, such as { \"coolDownDays\": 90 }; {} keeps every default.", "Policy files are strict JSON, which has no comments. Delete the comment; keep notes next to the file, not in it.")]
    [InlineData("catalog", "The document holds only whitespace. Write a catalog object: { \"topics\": [ { \"id\": ..., \"title\": ..., \"questions\": [...] } ] }.", "Topic catalog files are strict JSON, which has no comments. Delete the comment; describe a topic in its \"summary\".")]
    public void An_empty_file_and_a_comment_name_the_kind_of_file_and_what_to_write(string kind, string empty, string comment)
    {
        Assert.Equal(empty, Assert.Single(Load(kind, "  ")).Message);
        Assert.Equal(comment, Assert.Single(Load(kind, "{ /* a note */ }"), p => p.Message.Contains("comment", StringComparison.Ordinal)).Message);
    }

    private static ValueArray<Problem> Load(string kind, string text) => kind switch
    {
        "profiles" => ProfileLoader.Load(text).Problems,
        "policy" => PolicyLoader.Load(text).Problems,
        _ => TopicCatalogParser.Parse(text, null).Problems,
    };

    private static (ValueArray<ProblemDescriptor> Entries, string Page) Catalog(string name) => name switch
    {
        "matching" => (MatchingProblems.All, "docs/matching.md"),
        "topics" => (TopicCatalogProblems.All, "docs/templates.md"),
        "visits" => (VisitPlanProblems.All, "docs/templates.md"),
        "breakfasts" => (BreakfastEventProblems.All, "docs/lifecycle.md"),
        "relationships" => (RelationshipProblems.All, "docs/lifecycle.md"),
        _ => (TemplateProblems.All, "docs/templates.md"),
    };
}
