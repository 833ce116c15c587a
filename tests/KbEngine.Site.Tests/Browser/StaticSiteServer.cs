using System.Net;
using System.Net.Sockets;

namespace KbEngine.Site.Tests.Browser;

/// <summary>
/// Serves a built site's folder over HTTP on a free localhost port, as a static web server would:
/// a folder URL serves its index.html, a folder without its slash is redirected, a missing file is a
/// 404 with the site's 404.html. The search fetches its JSON shards, which file:// URLs do not allow.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly Task _serving;

    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        (_listener, BaseUrl) = Listen();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>The site root: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The absolute address of a site URL (<c>kb/199/Q199534/</c>).</summary>
    public string Address(string url) => new Uri(BaseUrl, url).ToString();

    private static (HttpListener Listener, Uri BaseUrl) Listen()
    {
        // A port the system says is free may be taken before the listener starts: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var baseUrl = new Uri($"http://127.0.0.1:{port}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(baseUrl.ToString());
            try
            {
                listener.Start();
                return (listener, baseUrl);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
            if (file != _root && !file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                response.StatusCode = 403;
            }
            else if (Directory.Exists(file) && !path.EndsWith('/'))
            {
                response.StatusCode = 301;
                response.RedirectLocation = path + "/" + context.Request.Url.Query;
            }
            else
            {
                if (Directory.Exists(file))
                {
                    file = Path.Combine(file, "index.html");
                }

                if (!File.Exists(file))
                {
                    response.StatusCode = 404;
                    file = Path.Combine(_root, SiteUrls.NotFound);
                }

                if (File.Exists(file))
                {
                    var bytes = File.ReadAllBytes(file);
                    response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
                    response.ContentLength64 = bytes.Length;
                    if (context.Request.HttpMethod != "HEAD")
                    {
                        response.OutputStream.Write(bytes);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // The browser went away, or the file could not be read: the page shows what arrived.
        }
        finally
        {
            response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
