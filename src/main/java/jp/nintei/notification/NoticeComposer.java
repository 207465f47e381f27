package jp.nintei.notification;

/**
 * Builds one kind of notice from the business data as it is now. The composer decides what the
 * letter says; NoticeService adds the letterhead, 文書番号, date and addressee, renders and keeps it.
 */
interface NoticeComposer {

    NoticeKind kind();

    NoticeContent compose(String key);
}
