package jp.nintei.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


import jp.nintei.security.Roles;

/**
 * The dedicated PostgreSQL database of a reliability run, read and written with plain JDBC by
 * the test itself (never through the app under test): emptied before a run, the API client
 * provisioned, and afterwards the ledger that says whether anything ran twice or got lost.
 */
final class ReliabilityDatabase {

    private final String url;
    private final String user;

    ReliabilityDatabase(String url, String user) {
        this.url = url;
        this.user = user;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** Creates the database if missing (CI starts with only "postgres"), then empties its schema. */
    void reset() throws SQLException {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected database name " + name);
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, "");
                var exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    admin.createStatement().execute("create database " + name);
                }
            }
        }
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    /**
     * An API client (README "Machine clients and HTTP Basic") as an operator creates it in
     * Camunda Admin: a user with a generated secret in the groups api-client, staff and
     * camunda-admin. Written directly because in the postgres profile the only way in otherwise is
     * the admin's interactive login with a second factor. The hash is Camunda's salted SHA-512
     * ("{SHA-512}" + Base64(SHA-512(secret + salt))), which the app still verifies next to its
     * PBKDF2 (Pbkdf2PasswordPlugin): with PBKDF2's 310,000 rounds on every HTTP Basic request the
     * shared two-core test machine would spend most of a run hashing instead of moving cases. A
     * 48-character random secret needs no slow hash.
     */
    void createApiClient(String id, String secret) throws SQLException {
        byte[] saltBytes = new byte[16];
        new SecureRandom().nextBytes(saltBytes);
        String salt = Base64.getEncoder().encodeToString(saltBytes);
        String hash = "{SHA-512}" + Base64.getEncoder().encodeToString(sha512(secret + salt));
        try (Connection c = connect()) {
            try (var insert = c.prepareStatement(
                    "insert into act_id_user (id_, rev_, first_, last_, pwd_, salt_) values (?, 1, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, "信頼性試験");
                insert.setString(3, "APIクライアント");
                insert.setString(4, hash);
                insert.setString(5, salt);
                insert.executeUpdate();
            }
            for (String role : new String[] {Roles.API_CLIENT, Roles.STAFF, Roles.ADMIN}) {
                try (var member = c.prepareStatement("insert into act_id_membership (user_id_, group_id_) values (?, ?)")) {
                    member.setString(1, id);
                    member.setString(2, Roles.groupId(role));
                    member.executeUpdate();
                }
            }
        }
    }

    private static byte[] sha512(String text) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case of an insured person, as a client that lost the response to its POST looks it up. */
    Optional<String> caseOf(String insuredNumber) throws SQLException {
        List<String> ids = strings("""
                select a.case_id from certification_application a join insured_person p on p.id = a.insured_person_id
                where p.insured_number = ?""", insuredNumber);
        return ids.stream().findFirst();
    }

    long count(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    List<String> strings(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** Two columns, the first a label, the second a count. */
    Map<String, Long> counts(String sql, Object... args) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
            Map<String, Long> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
