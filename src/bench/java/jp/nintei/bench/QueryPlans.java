package jp.nintei.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * EXPLAIN of the queries behind the care-manager list and the resident API (as the
 * repositories issue them), with 1,000,000 cases loaded: each must reach the large tables
 * through an index, never by a sequential scan.
 */
final class QueryPlans {

    private static final Set<String> LARGE = Set.of("insured_person", "certification_application", "case_event",
            "case_progress", "shared_record", "audit_event");

    private QueryPlans() {
    }

    /** One line per query: "name: index" or "name: SEQ SCAN on table". */
    static List<String> check(JdbcTemplate jdbc, String officeNumber) {
        String person = SyntheticCases.insuredNumber(500_000);
        String caseId = SyntheticCases.caseId(500_000);
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("person by number", "select * from insured_person where insured_number = '" + person + "'");
        queries.put("shared records of a person",
                "select * from shared_record where insured_number = '" + person + "' order by case_id desc");
        queries.put("shared records of an office's clients", "select * from shared_record where insured_number in ('"
                + person + "', '" + SyntheticCases.insuredNumber(12_345) + "', '" + SyntheticCases.insuredNumber(987_654)
                + "') order by case_id desc");
        queries.put("current progress of a case",
                "select * from case_progress where case_id = '" + caseId + "' order by id desc limit 1");
        queries.put("progress timeline of a case",
                "select * from case_progress where case_id = '" + caseId + "' and recorded_at <= now() order by id");
        queries.put("office's notifications with persons", "select * from care_plan_notification n join insured_person p"
                + " on p.id = n.insured_person_id where n.office_number = '" + officeNumber + "' order by n.start_date desc, n.id desc");
        queries.put("application of a case", "select * from certification_application where case_id = '" + caseId + "'");
        List<String> result = new ArrayList<>();
        queries.forEach((name, sql) -> {
            List<String> plan = jdbc.queryForList("explain " + sql, String.class);
            String seq = plan.stream().map(String::strip)
                    .filter(line -> line.contains("Seq Scan on "))
                    .map(line -> line.replaceAll(".*Seq Scan on (\\w+).*", "$1"))
                    .filter(LARGE::contains)
                    .findFirst().orElse(null);
            System.out.println("[bench] plan of " + name + ":\n  " + String.join("\n  ", plan));
            result.add(name + ": " + (seq == null ? "index" : "SEQ SCAN on " + seq));
        });
        return result;
    }
}
