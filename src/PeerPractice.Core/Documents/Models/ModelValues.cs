using System;
using System.Globalization;
using PeerPractice.Collections;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>Small helpers that turn library values into script values, always in the invariant culture.</summary>
internal static class ModelValues
{
    public static ScriptObject Object() => new();

    public static ScriptObject DocumentInfo(string title, Attribution attribution)
    {
        var info = Object();
        info["title"] = title;
        info["attributed"] = attribution == Attribution.Attributed;
        info["chatham_house"] = attribution == Attribution.ChathamHouse;
        return info;
    }

    public static ModelArray Strings(ValueArray<string> values)
    {
        var array = new ModelArray(values.Count);
        foreach (var value in values)
        {
            array.Add(value);
        }

        return array;
    }

    /// <summary>A duration as people read it ("1 h 30 min"), the library's one way (<see cref="DurationText"/>).</summary>
    public static string Duration(TimeSpan span) => DurationText.Format(span);

    public static int Minutes(TimeSpan span) => (int)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);

    public static string Clock(TimeSpan offsetFromMidnight) =>
        offsetFromMidnight.ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static void Freeze(object? value)
    {
        switch (value)
        {
            case ScriptObject scriptObject:
                foreach (var member in scriptObject)
                {
                    Freeze(member.Value);
                }

                scriptObject.IsReadOnly = true;
                break;
            case ScriptArray array:
                foreach (var item in array)
                {
                    Freeze(item);
                }

                array.IsReadOnly = true;
                break;
        }
    }
}
