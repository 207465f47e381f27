package jp.nintei.caremanager;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The office's notification for the person has ended (or not begun): answered with 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class AccessEndedException extends RuntimeException {

    AccessEndedException() {
        super("居宅サービス計画作成依頼届出の期間外のため、この被保険者の情報は表示できません");
    }
}
