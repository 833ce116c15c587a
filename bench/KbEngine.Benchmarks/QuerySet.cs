using System.Collections.Immutable;
using System.Text.Json;

namespace KbEngine.Benchmarks;

/// <summary>One benchmark query, with the articles that answer it when the relevance set says so.</summary>
internal sealed record BenchmarkQuery(string Text, ImmutableArray<string> Expected);

/// <summary>
/// The queries the search benchmarks time: the relevance set of the tests
/// (<c>tests/KbEngine.Core.Tests/Query/RelevanceSet/queries.json</c>, found above the current folder
/// or the executable) or a file given with <c>--queries</c>, else a built-in list.
/// </summary>
internal static class QuerySet
{
    private const string RelevanceSet = "tests/KbEngine.Core.Tests/Query/RelevanceSet/queries.json";

    /// <summary>Realistic queries for when the relevance set is not there: symptoms in a user's words, pasted errors, codes, abbreviations.</summary>
    private static readonly string[] BuiltIn =
    [
        "ms mail users can't send to people in our second exchange site, mail just vanishes",
        "dirsync names from our import file show up in exchange then disappear",
        "outlook asks for password every time it starts after upgrading exchange",
        "internet mail connector stops delivering outbound mail, queue keeps growing",
        "NDR with unknown recipient for users that exist in the GAL",
        "event id 1025 information store error when starting the service",
        "general protection fault in msmi.dll when sending to ms mail",
        "exchange server 5.5 sp3 message transfer agent will not start",
        "cannot open offline folder file ost after reinstall",
        "pst file is corrupt and outlook will not open it",
        "free busy information is not updated between sites",
        "public folder replication does not work between two servers",
        "directory replication between sites fails with error 1722",
        "users cannot see the global address list from outlook web access",
        "smtp mail to the internet bounces with 550 relaying denied",
        "schedule plus cannot read calendar of ms mail user",
        "the rpc server is unavailable when outlook connects to exchange",
        "blue screen stop 0x0000000a after installing service pack 4 on windows nt 4.0",
        "dial up networking disconnects after a few minutes of idle",
        "wins name resolution fails across the wan",
        "dhcp clients do not get an address after server restart",
        "iis 4.0 returns http 500 internal server error for asp pages",
        "access 97 database grows very large after many updates",
        "excel crashes when printing a workbook with many charts",
        "word 97 macro virus warning appears for a document without macros",
        "mapi_e_logon_failed when the service starts",
        "backup of the information store fails with error c1041722",
        "mail sent from the mac client arrives with garbled attachment names",
        "exchange administrator hangs when opening the recipients container",
        "remote users on ras cannot connect to their mailbox",
        "x.400 connector messages stuck in the mta queue",
        "dxa fails to import addresses from ms mail postoffice",
        "the system attendant service terminated unexpectedly",
        "isinteg reports errors and the store will not mount",
        "event 9518 error starting database on exchange",
        "sql server 7.0 log file full error 9002",
        "odbc driver error when connecting to sql server from access",
        "printing to a network printer from windows 95 is very slow",
        "windows 98 computer cannot browse the domain in network neighborhood",
        "ie 5 cannot download files from an ftp site through proxy",
    ];

    /// <summary>The queries, and where they came from.</summary>
    public static (IReadOnlyList<BenchmarkQuery> Queries, string Source) Load(IReadOnlyList<string> args)
    {
        var file = Measure.Option(args, "--queries") ?? Find();
        if (file is null)
        {
            return ([.. BuiltIn.Select(q => new BenchmarkQuery(q, []))], "built-in list");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var queries = document.RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => new BenchmarkQuery(
                q.GetProperty("query").GetString()!,
                q.TryGetProperty("expected", out var expected) ? [.. expected.EnumerateArray().Select(e => e.GetString()!)] : []))
            .ToList();
        var limit = Measure.IntOption(args, "--limit", queries.Count);
        return (queries.Take(limit).ToList(), Path.GetFullPath(file));
    }

    private static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RelevanceSet);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
