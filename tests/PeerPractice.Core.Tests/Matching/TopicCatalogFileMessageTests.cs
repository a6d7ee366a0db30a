using PeerPractice.Core.Tests.Problems;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// What a topic catalog's author reads: every problem's id, span, JSON path and whole message, one problem
/// per mistake (a field of the wrong type is not also "missing"), and what a valid topic keeps. Files are
/// written on one line with ' for ", so columns are easy to count.
/// </summary>
public sealed class TopicCatalogFileMessageTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "[1]", "PPT002 1:1-1:4 $ The document is an array. The catalog must be a JSON object with a \"topics\" array." },
        { "{'topics':[],'extra':1}", "PPT003 1:14-1:21 $.extra Unknown property \"extra\"; it would be ignored. Fix its spelling or delete it (expected \"topics\")." },
        { "{}", "PPT004 1:1-1:2 $.topics Missing \"topics\": add an array of topics." },
        { "{'topics':{'a':1}}", "PPT002 1:11-1:18 $.topics \"topics\" is an object. \"topics\" must be an array of topic objects." },
        { "{'topics':[1]}", "PPT002 1:12-1:13 $.topics[0] The element $.topics[0] is the number 1. A topic must be an object with id, title and questions." },
        { "{'topics':[{'title':'T','questions':['q?']}]}", "PPT004 1:12-1:13 $.topics[0].id A topic needs a non-empty \"id\"." },
        { "{'topics':[{'id':'Bad Id','title':'T','questions':['q?']}]}", "PPT005 1:18-1:26 $.topics[0].id Topic id \"Bad Id\" must be kebab-case (lower-case letters and digits joined by single hyphens)." },
        { "{'topics':[{'id':'a','title':'T','questions':['q?']},{'id':'a','title':'U','questions':['r?']}]}", "PPT006 1:60-1:63 $.topics[1].id Topic id \"a\" appears twice; ids must be unique." },
        { "{'topics':[{'id':'a','questions':['q?']}]}", "PPT004 1:12-1:13 $.topics[0].title A topic needs a non-empty \"title\"." },
        { "{'topics':[{'id':'a','title':' ','questions':['q?']}]}", "PPT004 1:30-1:33 $.topics[0].title A topic needs a non-empty \"title\"." },
        { "{'topics':[{'id':'a','title':'T'}]}", "PPT004 1:12-1:13 $.topics[0].questions A topic needs at least one probing question in \"questions\"." },
        { "{'topics':[{'id':'a','title':'T','questions':[]}]}", "PPT004 1:46-1:48 $.topics[0].questions A topic needs at least one probing question in \"questions\"." },
        { "{'topics':[{'id':'a','title':'T','questions':['q?'],'origin':'moon'}]}", "PPT007 1:62-1:68 $.topics[0].origin Unknown origin \"moon\"; use visit, breakfast, general or custom." },
        { "{'topics':[{'id':'a','title':'T','questions':['q?'],'colour':1}]}", "PPT003 1:53-1:61 $.topics[0].colour Unknown property \"colour\"; it would be ignored. Fix its spelling or delete it (expected id, title, origin, summary or questions)." },
        { "{'topics':[{'id':1,'title':'T','questions':['q?']}]}", "PPT002 1:18-1:19 $.topics[0].id \"id\" is the number 1; write text in double quotes." },
        { "{'topics':[{'id':'a','title':1,'questions':['q?']}]}", "PPT002 1:30-1:31 $.topics[0].title \"title\" is the number 1; write text in double quotes." },
        { "{'topics':[{'id':'a','title':'T','questions':'q?'}]}", "PPT002 1:46-1:50 $.topics[0].questions \"questions\" is a string. \"questions\" must be an array of strings." },
        { "{'topics':[{'id':'a','title':'T','questions':[1]}]}", "PPT002 1:47-1:48 $.topics[0].questions[0] The element $.topics[0].questions[0] is the number 1; write text in double quotes." },
        { "{'topics':[{'id':'a','title':'T','questions':['q?'],'origin':1}]}", "PPT002 1:62-1:63 $.topics[0].origin \"origin\" is the number 1; write text in double quotes." },
        { "{'topics':[{'id':' ','title':'T','questions':['q?']}]}", "PPT004 1:18-1:21 $.topics[0].id A topic needs a non-empty \"id\"." },
        { "{'topics':[{'id':'a','title':'T','questions':[' ']}]}", "PPT004 1:47-1:50 $.topics[0].questions[0] A question must not be empty." },
        { "{'topics':[{'id':'abc-','title':'T','questions':['q?']}]}", "PPT005 1:18-1:24 $.topics[0].id Topic id \"abc-\" must be kebab-case (lower-case letters and digits joined by single hyphens)." },
        { "{'topics':[{'id':'-abc','title':'T','questions':['q?']}]}", "PPT005 1:18-1:24 $.topics[0].id Topic id \"-abc\" must be kebab-case (lower-case letters and digits joined by single hyphens)." },
        { "{'topics':[{'id':'a','title':'T','questions':{'q':5}}]}", "PPT002 1:46-1:53 $.topics[0].questions \"questions\" is an object. \"questions\" must be an array of strings." },
        { "{'topics':[{}]}", "PPT004 1:12-1:13 $.topics[0].id A topic needs a non-empty \"id\".\nPPT004 1:12-1:13 $.topics[0].title A topic needs a non-empty \"title\".\nPPT004 1:12-1:13 $.topics[0].questions A topic needs at least one probing question in \"questions\"." },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_mistake_is_one_problem_with_its_place_and_advice(string file, string expected)
    {
        var result = TopicCatalogParser.Parse(file.Replace('\'', '"'), "c.json");

        Assert.Null(result.Value);
        Assert.All(result.Problems, p => Assert.Equal("c.json", p.Source));
        Assert.Equal(expected, ProblemLines.Of(result.Problems));
    }

    [Fact]
    public void A_sixty_fifth_topic_is_one_problem_at_that_topic_saying_why_the_limit_exists()
    {
        var topics = string.Join(",", Enumerable.Range(0, 65).Select(i => $"{{'id':'t{i}','title':'T','questions':['q?']}}"));
        var result = TopicCatalogParser.Parse($"{{'topics':[{topics}]}}".Replace('\'', '"'), "c.json");

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("$.topics[64]", problem.JsonPath);
        Assert.Equal("A catalog holds at most 64 topics (one bit each in a member's concerns and strengths); split or merge topics.", problem.Message);
    }

    [Fact]
    public void A_valid_topic_keeps_its_origin_summary_and_questions_and_defaults_to_custom()
    {
        var result = TopicCatalogParser.Parse("{'topics':[{'id':'a','title':'T','questions':['q?','r?'],'origin':'visit','summary':'S'},{'id':'b','title':'U','questions':['s?']}]}".Replace('\'', '"'), "c.json");

        Assert.Empty(result.Problems);
        var (a, b) = (result.Value!.Topics[0], result.Value.Topics[1]);
        Assert.Equal(("a", "T", TopicOrigin.Visit, "S"), (a.Id, a.Title, a.Origin, a.Summary));
        Assert.Equal(["q?", "r?"], a.Questions);
        Assert.Equal(("b", "U", TopicOrigin.Custom, ""), (b.Id, b.Title, b.Origin, b.Summary));
    }

}
