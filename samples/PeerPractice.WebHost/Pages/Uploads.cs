using Microsoft.AspNetCore.Http.Features;

namespace PeerPractice.WebHost.Pages;

/// <summary>The upload limit: a form larger than <see cref="WebHostOptions.MaxUploadBytes"/> is refused before it is read.</summary>
public static class Uploads
{
    /// <summary>The form, or null when it is over the limit.</summary>
    public static async Task<IFormCollection?> ReadFormAsync(HttpContext context, WebHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (context.Request.ContentLength > options.MaxUploadBytes)
        {
            return null;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxUploadBytes;
        }

        try
        {
            return await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes, ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxUploadBytes) });
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
    }

    public static IResult TooLarge(WebHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Html.Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large", $"An upload is at most {options.MaxUploadBytes / 1024} KiB. Nothing was created; upload a smaller file.");
    }
}
