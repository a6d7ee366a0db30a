using PeerPractice.Core.Tests.Problems;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// What an organiser reads about a bad profiles file, JSON or CSV: every problem's id, span, JSON path and whole
/// message, and how many members still loaded. JSON files are written on one line with ' for ".
/// </summary>
public sealed class ProfileFileMessageTests
{
    public static TheoryData<string, string, int> Json => new()
    {
        { "{'members':[null]}", "PPM002 1:13-1:17 $.members[0] A member record is null; write the member or delete the null.", 0 },
        { "{'members':[{'organization':'A'}]}", "PPM002 1:13-1:14 $.members[0].id Member #0 has no id; give every member a unique \"id\".", 0 },
        { "{'$schema':'x','members':[],'extra':1}", "PPM015 1:29-1:36 $.extra Unknown property \"extra\"; it would be ignored. Fix its spelling or delete it (expected \"members\").", 0 },
        { "{}", "PPM001 1:1-1:2 $.members Missing \"members\". Expected an object with a \"members\" array.", 0 },
        { "{'members':{}}", "PPM001 1:12-1:14 $.members \"members\" is an object. Expected an object with a \"members\" array.", 0 },
        { "[1]", "PPM001 1:1-1:4 $ The document is an array. Expected an object with a \"members\" array.", 0 },
        { "{'members':[1]}", "PPM001 1:13-1:14 $.members[0] The element $.members[0] is the number 1. A member is an object with at least \"id\" and \"organization\".", 0 },
        { "{'members':[{'id':'a','organization':'A'},{'id':'a','organization':'B'}]}", "PPM003 1:49-1:52 $.members[1].id Duplicate id 'a': member #0 has it already.", 1 },
        { "{'members':[{'id':'a'}]}", "PPM004 1:13-1:14 $.members[0].organization Member 'a' has no organization; it is needed to never pair colleagues.", 0 },
        { "{'members':[{'id':'a','organization':'A','concerns':['cybersecurity','golf']}]}", "PPM005 1:70-1:76 $.members[0].concerns[1] Unknown topic 'golf'. Known topics: workforce-talent, service-management, customer-experience, roi-measurement, cybersecurity, cultural-dynamics, ai-integration, business-alignment, mobile-technology, security, social-networking, fostering-innovation, it-as-profit-center, life-as-a-cio, standardization, digital-partnership, it-governance, cloud-migration, data-analytics, vendor-management, budget-pressure.", 0 },
        { "{'members':[{'id':'a','organization':'A','strengths':['golf']}]}", "PPM005 1:55-1:61 $.members[0].strengths[0] Unknown topic 'golf'. Known topics: workforce-talent, service-management, customer-experience, roi-measurement, cybersecurity, cultural-dynamics, ai-integration, business-alignment, mobile-technology, security, social-networking, fostering-innovation, it-as-profit-center, life-as-a-cio, standardization, digital-partnership, it-governance, cloud-migration, data-analytics, vendor-management, budget-pressure.", 0 },
        { "{'members':[{'id':'a','organization':'A','doNotPair':['b','a']}]}", "PPM006 1:59-1:62 $.members[0].doNotPair[1] Member 'a' cannot exclude themselves; remove their own id from \"doNotPair\".", 0 },
        { "{'members':[{'id':'a','organization':'A','availableFromHour':20,'availableToHour':8}]}", "PPM007 1:83-1:84 $.members[0].availableToHour Available hours 20..8 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableFromHour':23,'availableToHour':20}]}", "PPM007 1:83-1:85 $.members[0].availableToHour Available hours 23..20 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableFromHour':-1}]}", "PPM007 1:62-1:64 $.members[0].availableFromHour Available hours -1..18 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableToHour':25}]}", "PPM007 1:60-1:62 $.members[0].availableToHour Available hours 8..25 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableToHour':7}]}", "PPM007 1:60-1:61 $.members[0].availableToHour Available hours 8..7 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableFromHour':24,'availableToHour':24}]}", "PPM007 1:62-1:64 $.members[0].availableFromHour Available hours 24..24 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableFromHour':8,'availableToHour':8}]}", "PPM007 1:82-1:83 $.members[0].availableToHour Available hours 8..8 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','availableFromHour':0,'availableToHour':0}]}", "PPM007 1:82-1:83 $.members[0].availableToHour Available hours 0..0 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18).", 0 },
        { "{'members':[{'id':'a','organization':'A','formats':'None'}]}", "PPM008 1:52-1:58 $.members[0].formats Member 'a' accepts no meeting format; use \"InPerson\", \"Virtual\" or both.", 0 },
        { "{'members':[{'id':'a','organization':'A','colour':'red'}]}", "PPM015 1:42-1:50 $.members[0].colour Unknown property \"colour\"; it would be ignored. Fix its spelling or delete it (expected id, name, organization, industry, title, roleFamily, roleLevel, organizationSize, metro, utcOffsetMinutes, availableFromHour, availableToHour, concerns, strengths, formats, cadence, languages, optOuts, snoozedUntil, doNotPair or meetEveryoneBeforeRepeating).", 0 },
        { "{'members':[{'id':1,'organization':'A'}]}", "PPM001 1:19-1:20 $.members[0].id \"id\" is the number 1; write text in double quotes.", 0 },
        { "{'members':[{'id':' ','organization':' '}]}", "PPM002 1:19-1:22 $.members[0].id Member #0 has no id; give every member a unique \"id\".\nPPM004 1:38-1:41 $.members[0].organization Member #0 has no organization; it is needed to never pair colleagues.", 0 },
        { "{'members':[{'organization':'A'},{'organization':'B'}]}", "PPM002 1:13-1:14 $.members[0].id Member #0 has no id; give every member a unique \"id\".\nPPM002 1:34-1:35 $.members[1].id Member #1 has no id; give every member a unique \"id\".", 0 },
    };

    [Theory]
    [MemberData(nameof(Json))]
    public void Each_mistake_in_a_json_file_is_one_problem_with_its_place_and_advice(string file, string expected, int loaded)
    {
        var result = ProfileLoader.Load(file.Replace('\'', '"'), null, "m.json");

        Assert.Equal(expected, ProblemLines.Of(result.Problems));
        Assert.All(result.Problems, p => Assert.Equal("m.json", p.Source));
        Assert.Equal(loaded, result.Value.Count);
    }

    public static TheoryData<string, string, int> Csv => new()
    {
        { "", "PPM016 1:1-1:1  The file is empty. Write a header row such as \"id,organization,concerns\", then one member a line.", 0 },
        { "\r\n\r\n", "PPM016 1:1-1:1  The file is empty. Write a header row such as \"id,organization,concerns\", then one member a line.", 0 },
        { "id,\"organization\nx", "PPM016 1:4-1:5  In the header row: A quoted field is not closed before the end of the file; close it with \" (write a quote inside a field as \"\").", 0 },
        { "id,organisation\na,A", "PPM015 1:4-1:16  Unknown column 'organisation' in the header row; the columns are id, name, organization, industry, title, roleFamily, roleLevel, organizationSize, metro, utcOffsetMinutes, availableFromHour, availableToHour, concerns, strengths, formats, cadence, languages, optOuts, snoozedUntil, doNotPair, meetEveryoneBeforeRepeating. Fix its spelling or delete the column.\nPPM004 1:1-1:1  The header row has no 'organization' column; add one: it is needed to never pair colleagues.", 0 },
        { "id,organization,ID\na,A,b", "PPM012 1:17-1:19  Column 'id' is in the header row twice; keep one and delete the other.", 0 },
        { "name,organization\nx,A", "PPM002 1:1-1:1  The header row has no 'id' column; add one, with a unique id for every member.", 0 },
        { "id,name\na,x", "PPM004 1:1-1:1  The header row has no 'organization' column; add one: it is needed to never pair colleagues.", 0 },
        { "id,organization\na,A,extra\nb,B", "PPM016 2:1-2:2  This row has 3 fields but the header has 2 (id, organization). Give every row one field per column (empty for the default); quote a field that holds a comma.", 1 },
        { "id,organization,roleLevel\na,A,Boss", "PPM001 2:5-2:9  Column 'roleLevel' is 'Boss'; write one of Manager, Director, VicePresident, Executive, or leave the field empty for the default.", 0 },
        { "id,organization,formats\na,A,1", "PPM001 2:5-2:6  Column 'formats' is '1'; write one of None, InPerson, Virtual, Any (several separated by ';'), or leave the field empty for the default.", 0 },
        { "id,organization,formats\na,A,Virtual;Bogus", "PPM001 2:5-2:18  Column 'formats' is 'Virtual;Bogus'; write one of None, InPerson, Virtual, Any (several separated by ';'), or leave the field empty for the default.", 0 },
        { "id,organization,optOuts\na,A,-2", "PPM001 2:5-2:7  Column 'optOuts' is '-2'; write one of None, Pairing, Groups, SiteVisits (several separated by ';'), or leave the field empty for the default.", 0 },
        { "id,organization,roleFamily\na,A,+1", "PPM001 2:5-2:7  Column 'roleFamily' is '+1'; write one of TechnologyLeadership, Security, Data, Digital, Engineering, or leave the field empty for the default.", 0 },
        { "id,organization,utcOffsetMinutes\na,A,x", "PPM001 2:5-2:6  Column 'utcOffsetMinutes' is 'x'; write a whole number, such as 60 or -300, or leave the field empty for the default.", 0 },
        { "id,organization,snoozedUntil\na,A,2026-13-01", "PPM001 2:5-2:15  Column 'snoozedUntil' is '2026-13-01'; write a date as yyyy-MM-dd, such as 2026-12-31, or leave the field empty for the default.", 0 },
        { "id,organization,meetEveryoneBeforeRepeating\na,A,yes", "PPM001 2:5-2:8  Column 'meetEveryoneBeforeRepeating' is 'yes'; write true or false, or leave the field empty for the default.", 0 },
        { "id,organization,concerns\na,A,cybersecurity;golf", "PPM005 2:5-2:23  Unknown topic 'golf'. Known topics: workforce-talent, service-management, customer-experience, roi-measurement, cybersecurity, cultural-dynamics, ai-integration, business-alignment, mobile-technology, security, social-networking, fostering-innovation, it-as-profit-center, life-as-a-cio, standardization, digital-partnership, it-governance, cloud-migration, data-analytics, vendor-management, budget-pressure. (column 'concerns')", 0 },
        { "id,organization,availableToHour\na,A,7", "PPM007 2:5-2:6  Available hours 8..7 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18). (column 'availableToHour')", 0 },
        { "id,organization,availableFromHour\na,A,20", "PPM007 2:5-2:7  Available hours 20..18 are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18). (column 'availableFromHour')", 0 },
        { "id,organization,doNotPair\na,A,b;a", "PPM006 2:5-2:8  Member 'a' cannot exclude themselves; remove their own id from \"doNotPair\". (column 'doNotPair')", 0 },
        { "id,organization\na,A\na,B", "PPM003 3:1-3:2  Duplicate id 'a': the member on line 2 has it already. (column 'id')", 1 },
        { "id,organization\n,A", "PPM002 2:1-2:1  The member on line 2 has no id; give every member a unique \"id\". (column 'id')", 0 },
        { "organization,id\nA,", "PPM002 2:3-2:3  The member on line 2 has no id; give every member a unique \"id\". (column 'id')", 0 },
        { "id,organization\n\"a,A", "PPM016 2:1-2:2  A quoted field is not closed before the end of the file; close it with \" (write a quote inside a field as \"\").", 0 },
        { "id,organization\n\"a\"x,A", "PPM016 2:4-2:5  Text follows a closing quote; quote the whole field and write a quote inside it as \"\".", 0 },
        { "id,organization\na\"b,A", "PPM016 2:2-2:3  A quote inside an unquoted field; quote the whole field (\"...\") and double the quote inside it (\"\").", 0 },
        { "id,organization\na\"b,A\"c", "PPM016 2:2-2:3  A quote inside an unquoted field; quote the whole field (\"...\") and double the quote inside it (\"\").", 0 },
        { "id,organization\r\na,A\r\nb,\r\n", "PPM004 3:3-3:3  Member 'b' has no organization; it is needed to never pair colleagues. (column 'organization')", 1 },
        { "id,organization\ra,A\rb,\r", "PPM004 3:3-3:3  Member 'b' has no organization; it is needed to never pair colleagues. (column 'organization')", 1 },
        { "id,organization\na\"b,\"A", "PPM016 2:2-2:3  A quote inside an unquoted field; quote the whole field (\"...\") and double the quote inside it (\"\").", 0 },
        { "ID,organization\n,A", "PPM002 2:1-2:1  The member on line 2 has no id; give every member a unique \"id\". (column 'id')", 0 },
        { "id,organization,colour\na,A,red", "PPM015 1:17-1:23  Unknown column 'colour' in the header row; the columns are id, name, organization, industry, title, roleFamily, roleLevel, organizationSize, metro, utcOffsetMinutes, availableFromHour, availableToHour, concerns, strengths, formats, cadence, languages, optOuts, snoozedUntil, doNotPair, meetEveryoneBeforeRepeating. Fix its spelling or delete the column.", 0 },
        { "id,organization\n\"a\r\nb\",A\nc,", "PPM004 4:3-4:3  Member 'c' has no organization; it is needed to never pair colleagues. (column 'organization')", 1 },
    };

    [Theory]
    [MemberData(nameof(Csv))]
    public void Each_mistake_in_a_csv_file_is_one_problem_with_its_place_column_and_advice(string file, string expected, int loaded)
    {
        var result = ProfileLoader.LoadCsv(new StringReader(file), null, "m.csv");

        Assert.Equal(expected, ProblemLines.Of(result.Problems));
        Assert.All(result.Problems, p => Assert.Equal("m.csv", p.Source));
        Assert.Equal(loaded, result.Value.Count);
    }

    [Fact]
    public void Csv_is_written_with_every_column_and_quotes_only_where_a_field_needs_them()
    {
        MemberProfile[] members =
        [
            TestMembers.Make("a", "Acme, Inc.") with { Name = "Ana \"the CIO\"", Title = "Line\nbreak", Metro = "", Concerns = ["cybersecurity", "ai-integration"], Formats = MeetingFormats.InPerson | MeetingFormats.Virtual, OptOuts = OptOuts.Groups | OptOuts.SiteVisits, SnoozedUntil = new DateOnly(2027, 1, 31), DoNotPair = ["b"], MeetEveryoneBeforeRepeating = true },
            TestMembers.Make("b", "Globex") with { Title = "", Strengths = [], Concerns = [] },
        ];
        var text = new StringWriter();

        ProfileLoader.SaveCsv(text, members);

        Assert.Equal(
            "id,name,organization,industry,title,roleFamily,roleLevel,organizationSize,metro,utcOffsetMinutes,availableFromHour,availableToHour,concerns,strengths,formats,cadence,languages,optOuts,snoozedUntil,doNotPair,meetEveryoneBeforeRepeating\r\n"
            + "a,\"Ana \"\"the CIO\"\"\",\"Acme, Inc.\",retail,\"Line\nbreak\",TechnologyLeadership,Executive,Large,,0,8,18,cybersecurity;ai-integration,service-management,Any,Monthly,en,Groups;SiteVisits,2027-01-31,b,true\r\n"
            + "b,Member b,Globex,retail,,TechnologyLeadership,Executive,Large,London,0,8,18,,,Any,Monthly,en,,,,\r\n",
            text.ToString());
        Assert.Equal(members, ProfileLoader.LoadCsv(new StringReader(text.ToString())).Value);
    }

    [Fact]
    public void Repeated_csv_values_are_one_string_each_and_a_long_field_reads_whole()
    {
        var name = new string('x', 5_000);
        var result = ProfileLoader.LoadCsv(new StringReader($"id,organization,name,concerns\na,Acme,{name},cybersecurity\nb,Acme,\"{name}\",cybersecurity\n"));

        Assert.Empty(result.Problems);
        var (a, b) = (result.Value[0], result.Value[1]);
        Assert.Same(a.Organization, b.Organization);
        Assert.Same(a.Concerns[0], b.Concerns[0]);
        Assert.Equal(name, a.Name);
        Assert.Same(a.Name, b.Name);
    }

    [Fact]
    public void A_record_with_two_faults_is_reported_at_the_first()
    {
        var result = ProfileLoader.LoadCsv(new StringReader("id,organization\na\"b,\"A\"c\n"), null, "m.csv");
        Assert.Equal("PPM016 2:2-2:3  A quote inside an unquoted field; quote the whole field (\"...\") and double the quote inside it (\"\").", ProblemLines.Of(result.Problems));
    }
}
