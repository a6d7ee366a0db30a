using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Profiles as CSV: the same members, fields and checks as the JSON format, one member a line. One header
/// row names the columns (the JSON property names, in any order; <c>id</c> and <c>organization</c> are
/// required, the rest may be left out or left empty for the default); list fields (<c>concerns</c>,
/// <c>strengths</c>, <c>languages</c>, <c>doNotPair</c>) and flag fields (<c>formats</c>, <c>optOuts</c>)
/// separate their entries with <c>;</c>; dates are <c>yyyy-MM-dd</c>. Read streaming, record by record.
/// </summary>
public static partial class ProfileLoader
{
    /// <summary>More problems than this and the file is plainly not a profiles CSV: reading stops, so a huge wrong file does not fill memory with problems.</summary>
    private const int MaxCsvProblems = 200;

    /// <summary>The columns of the CSV format, in the order <see cref="SaveCsv"/> writes them (the JSON property names).</summary>
    private static readonly string[] _csvColumns =
    [
        "id", "name", "organization", "industry", "title", "roleFamily", "roleLevel", "organizationSize", "metro", "utcOffsetMinutes",
        "availableFromHour", "availableToHour", "concerns", "strengths", "formats", "cadence", "languages", "optOuts", "snoozedUntil",
        "doNotPair", "meetEveryoneBeforeRepeating",
    ];

    /// <summary>
    /// Parses profiles from CSV (the layout is in <c>docs/matching.md</c>), reading <paramref name="csv"/> once,
    /// record by record. Never throws on bad data: each problem is located by file, line and column and names the
    /// column; the members that loaded cleanly are in the value, as with <see cref="Load"/>.
    /// </summary>
    /// <param name="csv">The text, read to its end (not closed).</param>
    /// <param name="topics">Topics allowed: the topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    /// <param name="sourceName">Where the text came from (a path or name), for problem locations.</param>
    /// <returns>The members that loaded cleanly and every problem, in file order.</returns>
    public static LoadResult<ValueArray<MemberProfile>> LoadCsv(TextReader csv, TopicCatalog? topics = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return new CsvProfiles(topics ?? TopicCatalog.BuiltIn, sourceName).Read(new CsvRecordReader(csv));
    }

    /// <summary>
    /// Writes profiles in the CSV layout <see cref="LoadCsv"/> reads: a header row of every column, then one
    /// member a line, written as the sequence is enumerated.
    /// </summary>
    /// <param name="csv">The writer (not closed).</param>
    /// <param name="members">The profiles, read once.</param>
    /// <exception cref="ArgumentException">An entry of a list field contains <c>;</c>, which separates entries.</exception>
    public static void SaveCsv(TextWriter csv, IEnumerable<MemberProfile> members)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(members);
        csv.Write(string.Join(',', _csvColumns));
        csv.Write("\r\n");
        foreach (var m in members)
        {
            var r = ToRecord(m);
            Cell(r.Id, first: true);
            Cell(r.Name);
            Cell(r.Organization);
            Cell(r.Industry);
            Cell(r.Title);
            Cell(r.RoleFamily?.ToString());
            Cell(r.RoleLevel?.ToString());
            Cell(r.OrganizationSize?.ToString());
            Cell(r.Metro);
            Cell(Number(r.UtcOffsetMinutes));
            Cell(Number(r.AvailableFromHour));
            Cell(Number(r.AvailableToHour));
            Cell(List(m, "concerns", r.Concerns));
            Cell(List(m, "strengths", r.Strengths));
            Cell(Flags(r.Formats?.ToString()));
            Cell(r.Cadence?.ToString());
            Cell(List(m, "languages", r.Languages));
            Cell(Flags(r.OptOuts?.ToString()));
            Cell(r.SnoozedUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Cell(List(m, "doNotPair", r.DoNotPair));
            Cell(r.MeetEveryoneBeforeRepeating == true ? "true" : "");
            csv.Write("\r\n");
        }

        void Cell(string? value, bool first = false)
        {
            if (!first)
            {
                csv.Write(',');
            }

            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                csv.Write(value);
                return;
            }

            csv.Write('"');
            csv.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            csv.Write('"');
        }

        static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
        static string? Flags(string? value) => value?.Replace(", ", ";", StringComparison.Ordinal);
        static string? List(MemberProfile m, string field, string[]? entries)
        {
            if (entries is null)
            {
                return null;
            }

            foreach (var entry in entries)
            {
                if (entry.Contains(';', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Member '{m.Id}' has '{entry}' in {field}; CSV separates list entries with ';', so an entry cannot contain one. Write the members as JSON instead.", nameof(members));
                }
            }

            return string.Join(';', entries);
        }
    }

    /// <summary>One CSV read: the header's columns, the problems so far, the ids seen, and a pool of repeated strings.</summary>
    private sealed class CsvProfiles(TopicCatalog topics, string? sourceName)
    {
        private readonly List<Problem> _problems = [];
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        // Organizations, metros, titles, topics and languages repeat across members: one string each, not one a row.
        private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
        private int[] _columnOf = [];
        private string[] _header = [];

        public LoadResult<ValueArray<MemberProfile>> Read(CsvRecordReader reader)
        {
            var members = new List<MemberProfile>();
            var fields = new List<CsvField>();
            if (!reader.Read(fields, out var error))
            {
                Report(MatchingProblems.InvalidCsv, "The file is empty. Write a header row such as \"id,organization,concerns\", then one member a line.", SourceSpan.Start);
                return Result(members);
            }

            if (error is { } headerError)
            {
                Report(MatchingProblems.InvalidCsv, "In the header row: " + headerError.Message, At(headerError.Line, headerError.Column, headerError.Offset, 1));
                return Result(members);
            }

            if (!ReadHeader(reader, fields))
            {
                return Result(members);
            }

            while (_problems.Count < MaxCsvProblems && reader.Read(fields, out error))
            {
                if (error is { } e)
                {
                    Report(MatchingProblems.InvalidCsv, e.Message, At(e.Line, e.Column, e.Offset, 1));
                    continue;
                }

                if (fields.Count != _header.Length)
                {
                    var first = fields[0];
                    Report(MatchingProblems.InvalidCsv, string.Create(CultureInfo.InvariantCulture,
                        $"This row has {fields.Count} fields but the header has {_header.Length} ({string.Join(", ", _header)}). Give every row one field per column (empty for the default); quote a field that holds a comma."),
                        At(first.Line, first.Column, first.Offset, 1));
                    continue;
                }

                var before = _problems.Count;
                var record = ReadRecord(reader, fields);
                var line = reader.RecordLine;
                Validate(record, line, topics, _seen, k => string.Create(CultureInfo.InvariantCulture, $"the member on line {k}"), (d, message, field, _) =>
                {
                    var column = Array.IndexOf(_csvColumns, field);
                    var at = column >= 0 && _columnOf[column] >= 0 ? fields[_columnOf[column]] : fields[0];
                    var name = column >= 0 && _columnOf[column] >= 0 ? field : _header[0];
                    Report(d, $"{message} (column '{name}')", Span(at));
                });
                if (_problems.Count == before)
                {
                    members.Add(ToProfile(record));
                }
            }

            if (_problems.Count >= MaxCsvProblems)
            {
                Report(MatchingProblems.InvalidCsv, string.Create(CultureInfo.InvariantCulture,
                    $"Reading stopped after {MaxCsvProblems} problems. Fix these (is this a profiles CSV with a header row?) and load again."), At(reader.RecordLine, 1, 0, 0));
            }

            return Result(members);
        }

        private LoadResult<ValueArray<MemberProfile>> Result(List<MemberProfile> members) =>
            new(members.ToValueArray(), _problems.ToValueArray());

        private bool ReadHeader(CsvRecordReader reader, List<CsvField> fields)
        {
            _columnOf = Enumerable.Repeat(-1, _csvColumns.Length).ToArray();
            _header = new string[fields.Count];
            var ok = true;
            for (var i = 0; i < fields.Count; i++)
            {
                var name = reader[fields[i]].Trim().ToString();
                _header[i] = name;
                var column = Array.FindIndex(_csvColumns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
                if (column < 0)
                {
                    ok = false;
                    Report(MatchingProblems.UnknownProperty, $"Unknown column '{name}' in the header row; the columns are {string.Join(", ", _csvColumns)}. Fix its spelling or delete the column.", Span(fields[i]));
                }
                else if (_columnOf[column] >= 0)
                {
                    ok = false;
                    Report(MatchingProblems.DuplicateProperty, $"Column '{_csvColumns[column]}' is in the header row twice; keep one and delete the other.", Span(fields[i]));
                }
                else
                {
                    _columnOf[column] = i;
                }
            }

            if (_columnOf[0] < 0)
            {
                ok = false;
                Report(MatchingProblems.MissingId, "The header row has no 'id' column; add one, with a unique id for every member.", At(fields[0].Line, 1, 0, 0));
            }

            if (_columnOf[2] < 0)
            {
                ok = false;
                Report(MatchingProblems.MissingOrganization, "The header row has no 'organization' column; add one: it is needed to never pair colleagues.", At(fields[0].Line, 1, 0, 0));
            }

            return ok;
        }

        private MemberRecord ReadRecord(CsvRecordReader reader, List<CsvField> fields)
        {
            var r = new MemberRecord();
            for (var column = 0; column < _csvColumns.Length; column++)
            {
                if (_columnOf[column] < 0)
                {
                    continue;
                }

                var field = fields[_columnOf[column]];
                var text = reader[field];
                if (text.IsWhiteSpace())
                {
                    continue;
                }

                switch (column)
                {
                    case 0: r.Id = text.ToString(); break;
                    case 1: r.Name = Pooled(text); break;
                    case 2: r.Organization = Pooled(text); break;
                    case 3: r.Industry = Pooled(text); break;
                    case 4: r.Title = Pooled(text); break;
                    case 5: r.RoleFamily = Enum<RoleFamily>(text, column, field); break;
                    case 6: r.RoleLevel = Enum<RoleLevel>(text, column, field); break;
                    case 7: r.OrganizationSize = Enum<OrganizationSize>(text, column, field); break;
                    case 8: r.Metro = Pooled(text); break;
                    case 9: r.UtcOffsetMinutes = Integer(text, column, field); break;
                    case 10: r.AvailableFromHour = Integer(text, column, field); break;
                    case 11: r.AvailableToHour = Integer(text, column, field); break;
                    case 12: r.Concerns = List(text); break;
                    case 13: r.Strengths = List(text); break;
                    case 14: r.Formats = Enum<MeetingFormats>(text, column, field); break;
                    case 15: r.Cadence = Enum<MeetingCadence>(text, column, field); break;
                    case 16: r.Languages = List(text); break;
                    case 17: r.OptOuts = Enum<OptOuts>(text, column, field); break;
                    case 18: r.SnoozedUntil = Date(text, column, field); break;
                    case 19: r.DoNotPair = List(text); break;
                    default: r.MeetEveryoneBeforeRepeating = Boolean(text, column, field); break;
                }
            }

            return r;
        }

        private string Pooled(ReadOnlySpan<char> text)
        {
            var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var known))
            {
                return known;
            }

            var value = text.ToString();
            if (_pool.Count < 1 << 16)
            {
                _pool.Add(value, value);
            }

            return value;
        }

        private string[] List(ReadOnlySpan<char> text)
        {
            var entries = new List<string>();
            foreach (var range in text.Split(';'))
            {
                var entry = text[range].Trim();
                if (!entry.IsEmpty)
                {
                    entries.Add(Pooled(entry));
                }
            }

            return [.. entries];
        }

        private TEnum? Enum<TEnum>(ReadOnlySpan<char> text, int column, CsvField field)
            where TEnum : struct, Enum
        {
            // Flags are written A;B in CSV (a comma would need quoting), and names only: a number would bypass the names.
            var names = text.Trim().ToString().Replace(';', ',');
            if (names.Length > 0 && !names.Split(',').Any(n => n.Trim() is { Length: > 0 } t && (char.IsDigit(t[0]) || t[0] is '-' or '+'))
                && System.Enum.TryParse<TEnum>(names, ignoreCase: true, out var value))
            {
                return value;
            }

            var flags = column is 14 or 17;
            Wrong(column, field, text, "one of " + string.Join(", ", System.Enum.GetNames<TEnum>()) + (flags ? " (several separated by ';')" : ""));
            return null;
        }

        private int? Integer(ReadOnlySpan<char> text, int column, CsvField field)
        {
            if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Wrong(column, field, text, "a whole number, such as 60 or -300");
            return null;
        }

        private DateOnly? Date(ReadOnlySpan<char> text, int column, CsvField field)
        {
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                return value;
            }

            Wrong(column, field, text, "a date as yyyy-MM-dd, such as 2026-12-31");
            return null;
        }

        private bool? Boolean(ReadOnlySpan<char> text, int column, CsvField field)
        {
            if (bool.TryParse(text.Trim(), out var value))
            {
                return value;
            }

            Wrong(column, field, text, "true or false");
            return null;
        }

        private void Wrong(int column, CsvField field, ReadOnlySpan<char> text, string expected) =>
            Report(MatchingProblems.InvalidJson, $"Column '{_csvColumns[column]}' is '{text}'; write {expected}, or leave the field empty for the default.", Span(field));

        private void Report(ProblemDescriptor descriptor, string message, SourceSpan span) =>
            _problems.Add(new Problem(descriptor.Id, descriptor.DefaultSeverity, message, sourceName, null, span, descriptor.HelpUri));

        private static SourceSpan Span(CsvField field) => At(field.Line, field.Column, field.Offset, field.Length);

        private static SourceSpan At(int line, int column, long offset, int length) =>
            new((int)Math.Min(offset, int.MaxValue), length, line, column, line, column + length);
    }
}
