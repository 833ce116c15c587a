using KbEngine.Core.Compilation;
using Microsoft.Data.Sqlite;

namespace KbEngine.Core.Tests.Compilation;

public sealed class SqliteRowWriterTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly SqliteConnection _connection;

    public SqliteRowWriterTests()
    {
        _connection = SqliteCommands.Open(Path.Combine(_folder.Path, "rows.db"));
        SqliteCommands.Execute(_connection, "CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, s TEXT, b BLOB) WITHOUT ROWID;");
    }

    [Fact]
    public void ValuesAreStoredWithTheTypesMicrosoftDataSqliteGivesThemAndEmptyIsNotNull()
    {
        using (var writer = new SqliteRowWriter(_connection, "INSERT INTO t VALUES ($k, $n, $s, $b)"))
        {
            writer.Run("empty", 7, string.Empty, Array.Empty<byte>());
            writer.Run("null", 3_000_000_000L, null, null);
            writer.Run("slice", 0, "é\0x", new ReadOnlyMemory<byte>([1, 2, 3, 4]).Slice(1, 2));
        }

        var rows = SqliteCommands.Rows(_connection, "SELECT k, typeof(n), n, typeof(s), hex(s), typeof(b), hex(b) FROM t ORDER BY k",
            r => string.Join('|', Enumerable.Range(0, 7).Select(i => r.GetValue(i).ToString()))).ToArray();

        Assert.Equal(
            [
                "empty|integer|7|text||blob|",
                "null|integer|3000000000|null||null|",
                "slice|integer|0|text|C3A90078|blob|0203",
            ],
            rows);
    }

    [Fact]
    public void AFailedRowThrowsSqlitesErrorAndTheNextRowIsWritten()
    {
        using var writer = new SqliteRowWriter(_connection, "INSERT INTO t VALUES ($k, $n, $s, $b)");
        writer.Run("a", 1, "x", new byte[] { 1 });

        var error = Assert.Throws<SqliteException>(() => writer.Run("a", 2, "y", new byte[] { 2 }));
        writer.Run("b", 3, "z", new byte[] { 3 });

        Assert.Equal(19, error.SqliteErrorCode);
        Assert.Contains("UNIQUE constraint failed: t.k", error.Message, StringComparison.Ordinal);
        Assert.Equal(2L, SqliteCommands.Rows(_connection, "SELECT count(*) FROM t", r => r.GetInt64(0)).Single());
    }

    [Fact]
    public void AWrongNumberOfValuesIsRefused()
    {
        using var writer = new SqliteRowWriter(_connection, "INSERT INTO t VALUES ($k, $n, $s, $b)");

        var error = Assert.Throws<ArgumentException>(() => writer.Run("a", 1));

        Assert.Contains("4 parameters; 2 values", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _folder.Dispose();
    }
}
