using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace PeerPractice.WebHost.Pages;

/// <summary>Plain server-rendered HTML: one layout, every value encoded, scripts only as files.</summary>
public static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static string Minutes(double seconds)
    {
        var sign = seconds < 0 ? "-" : string.Empty;
        var total = (long)Math.Abs(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{total / 60}:{total % 60:00}");
    }

    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK, params string[] scripts)
    {
        var html = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · PeerPractice</title>")
            .Append("<link rel=\"stylesheet\" href=\"/css/site.css\">");
        foreach (var script in scripts)
        {
            html.Append("<script src=\"").Append(E(script)).Append("\" defer></script>");
        }

        html.Append("</head><body><a class=\"skip\" href=\"#main\">Skip to content</a><main id=\"main\">")
            .Append(body)
            .Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>The one "not found": for a missing session and for a wrong token alike.</summary>
    public static IResult NotFound() => Page(
        "Not found",
        "<h1>Not found</h1><p>This link does not open a session. Ask the organiser for your private link.</p>",
        StatusCodes.Status404NotFound);

    public static IResult Problem(int status, string title, string message) =>
        Page(title, $"<h1>{E(title)}</h1><p role=\"alert\">{E(message)}</p>", status);
}
