package jp.nintei.bench;

import static jp.nintei.bench.BenchReport.f1;
import static jp.nintei.bench.BenchReport.f2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import jp.nintei.application.ApplicationType;
import jp.nintei.board.BoardSession;
import jp.nintei.carelevel.CareLevel;
import jp.nintei.insured.InsuredPerson;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.TestData;
import jp.nintei.time.BusinessClock;

/**
 * Throughput: N complete cases (intake, survey, opinion, primary result, masking, allocation,
 * session fixed and opened, board result, decision, notice drafted, approved and issued) driven
 * one after the other through the engine's Java API by CaseDriver, against N baseline cases of
 * the same shape without business logic, in the same run. Also counts the PostgreSQL commits one
 * case needs (pg_stat_database.xact_commit delta / N), for CommitLimitBench.
 */
@BenchContext
class CaseThroughputBench {

    static final int CASES = Integer.getInteger("bench.cases", 20);
    static final int WARMUP = Integer.getInteger("bench.warmup", 3);

    @Autowired CaseDriver cases;
    @Autowired BaselineDriver baseline;
    @Autowired TestData data;
    @Autowired BusinessClock clock;
    @Autowired HistoryService history;
    @Autowired ProcessEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired BenchPdfRenderer renderer;
    @Autowired Environment env;

    @Test
    void casesPerSecond() throws Exception {
        String historyLevel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistory();
        baseline.deploy();
        renderer.packetsOff(true);
        try (var stats = new PgStats(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password", ""))) {
            LocalDate today = clock.today();
            // Insured persons are master data, registered before the clock starts.
            List<InsuredPerson> persons = new ArrayList<>();
            for (int i = 0; i < WARMUP + CASES; i++) {
                persons.add(data.elderly(today));
            }
            String sample = null;
            String sampleBaseline = null;
            for (int i = 0; i < WARMUP; i++) {
                sample = realCase(persons.get(i), today);
                sampleBaseline = baselineCase();
            }
            CaseShape realShape = CaseShape.of(history, List.of(sample, BoardSession.businessKey(sessionOf(sample))));
            CaseShape baseShape = CaseShape.of(history, List.of(sampleBaseline, BaselineDriver.sessionKey(sampleBaseline)));

            long c0 = stats.settledCommits();
            long t0 = System.nanoTime();
            for (int i = 0; i < CASES; i++) {
                baselineCase();
            }
            double baselineSeconds = (System.nanoTime() - t0) / 1e9;
            long c1 = stats.settledCommits();
            long t1 = System.nanoTime();
            for (int i = 0; i < CASES; i++) {
                realCase(persons.get(WARMUP + i), today);
            }
            double realSeconds = (System.nanoTime() - t1) / 1e9;
            long c2 = stats.settledCommits();

            double realRate = CASES / realSeconds;
            double baseRate = CASES / baselineSeconds;
            double realCommits = (double) (c2 - c1) / CASES;
            double baseCommits = (double) (c1 - c0) / CASES;
            BenchReport.putFigure("throughput.casesPerSecond", realRate);
            BenchReport.putFigure("throughput.commitsPerCase", realCommits);
            BenchReport.putFigure("throughput.baselineCommitsPerCase", baseCommits);

            var report = BenchReport.start("1-throughput", "1. Throughput");
            String setup = CASES + " cases after " + WARMUP + " warm-up, one driver thread, history " + historyLevel
                    + ", packets off (see note)";
            report.row("Nintei cases/s", f2(realRate), setup + "; " + f1(realSeconds * 1000 / CASES) + " ms per case");
            report.row("baseline cases/s", f2(baseRate), "bench/baseline-case.bpmn, same run; "
                    + f1(baselineSeconds * 1000 / CASES) + " ms per case");
            report.row("ratio Nintei / baseline", f2(realRate / baseRate), "share of bare engine throughput");
            boolean sameShape = realShape.processInstances() == baseShape.processInstances()
                    && realShape.userTasks() == baseShape.userTasks() && realShape.jobs() == baseShape.jobs()
                    && realShape.jobsCreated() == baseShape.jobsCreated();
            report.row("engine work per case", "Nintei: " + realShape.describe(), "baseline: " + baseShape.describe()
                    + (sameShape ? "" : " — MISMATCH: a stage changed, update bench/baseline-case.bpmn and BaselineDriver"));
            report.row("commits per case", f1(realCommits) + " (baseline " + f1(baseCommits) + ")",
                    "pg_stat_database xact_commit delta / N, incl. the driver's task and job look-ups");
        } finally {
            renderer.packetsOff(false);
        }
    }

    private String realCase(InsuredPerson person, LocalDate today) {
        String caseId = cases.receive(person, ApplicationType.NEW, today);
        cases.runToBoardResult(caseId, CareLevel.CARE_3, Map.of("validityMonths", 12L));
        cases.runDecision(caseId);
        cases.sendDecisionNotice(caseId);
        if (cases.instance(caseId) != null) {
            throw new IllegalStateException("case " + caseId + " did not end");
        }
        return caseId;
    }

    private String baselineCase() {
        String key = "bench-" + UUID.randomUUID();
        baseline.run(key);
        if (!baseline.ended(key)) {
            throw new IllegalStateException("baseline case " + key + " did not end");
        }
        return key;
    }

    private long sessionOf(String caseId) {
        return jdbc.queryForObject("select session_id from board_allocation where case_id = ?", Long.class, caseId);
    }
}
