package jp.nintei.opinion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import jp.nintei.document.IssuedDocuments;
import jp.nintei.outbox.OutboxDispatcher;
import jp.nintei.support.CaseDriver;
import jp.nintei.support.RecordingMailTransport;

/** Test steps of the physician-opinion stage, one level below CaseDriver.completeOpinion. */
@Component
public class OpinionSteps {

    static final Pattern LINK = Pattern.compile("/physician/opinion/([A-Za-z0-9_-]{43})");

    private final CaseDriver cases;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final OutboxDispatcher dispatcher;
    private final RecordingMailTransport mails;
    private final IssuedDocuments documents;
    private final OpinionRequests requests;

    OpinionSteps(CaseDriver cases, RuntimeService runtime, ManagementService management, OutboxDispatcher dispatcher,
            RecordingMailTransport mails, IssuedDocuments documents, OpinionRequests requests) {
        this.cases = cases;
        this.runtime = runtime;
        this.management = management;
        this.dispatcher = dispatcher;
        this.mails = mails;
        this.documents = documents;
        this.requests = requests;
    }

    /** The case's physician-opinion process instance. */
    public ProcessInstance instance(String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("physician-opinion")
                .processInstanceBusinessKey(caseId).singleResult();
    }

    public void runJob(String caseId, String activityId) {
        management.executeJob(cases.job(caseId, activityId).getId());
    }

    /** Staff choose the physician in the given selection task and the request job runs. */
    public void request(String caseId, String taskKey, String physicianCode) {
        cases.complete(caseId, taskKey, Map.of("physicianCode", physicianCode));
        runJob(caseId, "Task_SendRequest");
    }

    /** The token of the newest link as the institution's mail carries it (delivers the outbox). */
    public String tokenFromMail(String address) {
        dispatcher.runOnce();
        var sent = mails.to(address);
        String token = null;
        for (var mail : sent) {
            Matcher m = LINK.matcher(mail.message().text());
            if (m.find()) {
                token = m.group(1);
            }
        }
        if (token == null) {
            throw new AssertionError("no link mailed to " + address);
        }
        return token;
    }

    /** The token as the newest 依頼書 prints it. */
    public String tokenFromLetter(String caseId) {
        var request = requests.latest(caseId).orElseThrow();
        String text = pdfText(documents.latest(OpinionDocumentKinds.REQUEST_LETTER, request.getReference()).orElseThrow()
                .getContent());
        Matcher m = LINK.matcher(text.replaceAll("\\s+", ""));
        if (!m.find()) {
            throw new AssertionError("no link in the letter of " + request.getReference());
        }
        return m.group(1);
    }

    public static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
