package jp.nintei.primary;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.nintei.carelevel.CareLevel;
import jp.nintei.progress.CaseEventType;
import jp.nintei.progress.CaseHistory;
import jp.nintei.security.CurrentUser;
import jp.nintei.time.BusinessClock;
import jp.nintei.web.InvalidInputException;

@Service
public class PrimaryDeterminationService {

    /** 要介護認定等基準時間 is printed with one decimal; anything beyond 999.9 is a typing error. */
    static final BigDecimal MAX_MINUTES = new BigDecimal("999.9");

    private final PrimaryDeterminationRepository results;
    private final CaseHistory history;
    private final CurrentUser currentUser;
    private final BusinessClock clock;

    PrimaryDeterminationService(PrimaryDeterminationRepository results, CaseHistory history, CurrentUser currentUser,
            BusinessClock clock) {
        this.results = results;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void record(String caseId, CareLevel level, BigDecimal standardTimeMinutes) {
        if (standardTimeMinutes.signum() < 0 || standardTimeMinutes.compareTo(MAX_MINUTES) > 0
                || standardTimeMinutes.scale() > 1) {
            throw new InvalidInputException("standardTimeMinutes", "要介護認定等基準時間は0.0〜999.9分（小数点以下1桁まで）で入力してください");
        }
        if (results.existsById(caseId)) {
            throw new InvalidInputException("careLevel", "この案件の一次判定結果は既に登録されています");
        }
        results.save(new PrimaryDetermination(caseId, level, standardTimeMinutes, clock.now(), currentUser.id()));
        history.append(caseId, CaseEventType.PRIMARY_DETERMINED, currentUser.id(),
                level.label() + "（基準時間 " + standardTimeMinutes + "分）");
    }

    @Transactional(readOnly = true)
    public Optional<PrimaryDetermination> of(String caseId) {
        return results.findById(caseId);
    }
}
