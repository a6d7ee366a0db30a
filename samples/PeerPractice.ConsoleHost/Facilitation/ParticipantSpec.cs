using System.Text;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>Parses <c>--participants</c> values: <c>"Alex Chen"</c> or <c>"Dana Reyes@host"</c> (name, then an optional agenda role).</summary>
internal static class ParticipantSpec
{
    public static bool TryParse(IReadOnlyList<string> values, out List<Participant> participants, out string error)
    {
        participants = [];
        error = "";
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var at = value.LastIndexOf('@');
            var name = (at < 0 ? value : value[..at]).Trim();
            var role = at < 0 ? null : value[(at + 1)..].Trim();
            var id = Slug(name);
            if (id.Length == 0)
            {
                error = $"Participant '{value}' has no name. Write a name, optionally followed by @role, e.g. \"Dana Reyes@host\".";
                return false;
            }

            if (role is { Length: 0 })
            {
                error = $"Participant '{value}' has an empty role after '@'. Write the agenda's role name, e.g. @host, or leave the '@' out.";
                return false;
            }

            if (!ids.Add(id))
            {
                error = $"Two participants would both have the id '{id}'. Give them distinguishable names.";
                return false;
            }

            participants.Add(new Participant(id, name, role));
        }

        return true;
    }

    /// <summary>A stable id from a name: lower-case ASCII letters and digits joined by dashes.</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c == '-' || c == '_' || c == '.') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
