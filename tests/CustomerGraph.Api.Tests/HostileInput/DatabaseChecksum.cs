using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace CustomerGraph.Api.Tests;

/// <summary>A SHA-256 over every row of every table of a SQLite file, read in primary-key order.</summary>
public static class DatabaseChecksum
{
    public static string Of(string databaseFile)
    {
        using var connection = new SqliteConnection(
            $"Data Source={databaseFile};Mode=ReadOnly;Pooling=False"
        );
        connection.Open();
        var tables = Strings(
            connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
            null
        );
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            var keys = Strings(
                connection,
                "SELECT name FROM pragma_table_info($table) WHERE pk > 0 ORDER BY pk",
                table
            );
            var order = keys.Count == 0 ? "rowid" : string.Join(", ", keys.Select(Quote));
            hash.AppendData(Encoding.UTF8.GetBytes($"table {table}\n"));
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {Quote(table)} ORDER BY {order}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var value = reader.IsDBNull(column)
                        ? "∅"
                        : reader.GetValue(column) switch
                        {
                            byte[] bytes => Convert.ToHexString(bytes),
                            var other => Convert.ToString(
                                other,
                                System.Globalization.CultureInfo.InvariantCulture
                            ),
                        };
                    hash.AppendData(Encoding.UTF8.GetBytes($"{value}\u001f"));
                }
                hash.AppendData("\n"u8);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static List<string> Strings(SqliteConnection connection, string sql, string? table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (table is not null)
            command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetString(0));
        return values;
    }
}
