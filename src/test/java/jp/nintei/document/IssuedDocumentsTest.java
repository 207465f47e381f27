package jp.nintei.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.nintei.support.ProcessTest;

@ProcessTest
class IssuedDocumentsTest {

    @Autowired IssuedDocuments documents;

    @Test
    void eachIssueOfAKeyIsTheNextVersionWithItsHash() {
        String key = UUID.randomUUID().toString();
        IssuedDocument first = documents.issue(draft(key, "一版"));
        IssuedDocument second = documents.issue(draft(key, "二版"));

        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.getSha256()).isEqualTo(IssuedDocuments.sha256("二版".getBytes(StandardCharsets.UTF_8)))
                .hasSize(64).isNotEqualTo(first.getSha256());
        assertThat(documents.latest("TEST", key)).get().extracting(IssuedDocument::getId).isEqualTo(second.getId());
        assertThat(documents.versions("TEST", key)).extracting(IssuedDocument::getVersion).containsExactly(1, 2);
        assertThat(new String(documents.get(first.getId()).orElseThrow().getContent(), StandardCharsets.UTF_8))
                .isEqualTo("一版");
    }

    @Test
    void issuingUnchangedContentAgainKeepsTheVersion() {
        String key = UUID.randomUUID().toString();
        IssuedDocument first = documents.issueIfChanged(draft(key, "同じ"));
        IssuedDocument again = documents.issueIfChanged(draft(key, "同じ"));
        IssuedDocument changed = documents.issueIfChanged(draft(key, "違う"));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(changed.getVersion()).isEqualTo(2);
    }

    @Test
    void theKnownSha256OfAnEmptyDocument() {
        assertThat(IssuedDocuments.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    private static DocumentDraft draft(String key, String text) {
        return new DocumentDraft(null, "TEST", key, "試験文書", "test.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8));
    }
}
