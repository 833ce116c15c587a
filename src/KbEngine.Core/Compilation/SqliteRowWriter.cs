using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KbEngine.Core.Compilation;

/// <summary>
/// One prepared statement run for many rows, bound by position through SQLitePCL (the layer under
/// Microsoft.Data.Sqlite), for the compiler's bulk inserts.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite looks each parameter up by name and allocates a binder and a UTF-8 copy
/// per value per row; for the archive's 420,000 rows that was 330 MB of garbage and a second of
/// the compile. Here strings are encoded into one kept buffer, which SQLite copies when it binds.
/// Values are bound in the order of the statement's parameters (<c>$name</c> or <c>?</c>).
/// </remarks>
internal sealed class SqliteRowWriter : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameters;
    private byte[] _text = new byte[4096];

    public SqliteRowWriter(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        _parameters = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>Binds the values, in the statement's parameter order, and runs it.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _parameters)
        {
            throw new ArgumentException($"the statement has {_parameters} parameters; {values.Length} values were given", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            Bind(i + 1, values[i]);
        }

        var step = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (step != raw.SQLITE_DONE)
        {
            Check(step);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Bind(int index, object? value)
    {
        var result = value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            string text => BindText(index, text),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            byte[] bytes => BindBlob(index, bytes),
            ReadOnlyMemory<byte> bytes => BindBlob(index, bytes.Span),
            _ => throw new ArgumentException($"cannot bind a {value.GetType().Name} (parameter {index})", nameof(value)),
        };
        Check(result);
    }

    // Empty texts and blobs stay empty, not NULL (SqliteRowWriterTests): SQLitePCLRaw's span overloads see to it.
    private int BindBlob(int index, ReadOnlySpan<byte> bytes) => raw.sqlite3_bind_blob(_statement, index, bytes);

    private int BindText(int index, string text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (length > _text.Length)
        {
            _text = new byte[Math.Max(length, _text.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(text, _text);
        return raw.sqlite3_bind_text(_statement, index, _text.AsSpan(0, written));
    }

    // The same exception, codes and message Microsoft.Data.Sqlite gives (extended code included).
    private void Check(int result) => SqliteException.ThrowExceptionForRC(result, _database);
}
