package jp.nintei.board.packet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * マスキング for the member edition, the one place for it: every identifier of a case (names,
 * kana, address, numbers, insurer and municipality, survey office and surveyor, medical
 * institution and physician, and the words the secretariat added) is replaced by
 * {@value #MASK} wherever it occurs in free text. Names are masked whole, without their spaces,
 * and by part; a one-character part only before an honorific (林さん), so that ordinary words
 * containing that character survive. Kana are also masked in hiragana.
 */
public final class Masking {

    public static final String MASK = "＊＊＊";

    private static final String HONORIFIC = "(?=\\s*(?:さん|様|さま|氏|殿|くん|ちゃん))";
    private static final Pattern MUNICIPALITY = Pattern.compile("^(?:.{2,3}?[都道府県])?(.+?[市区町村])");

    private final List<String> terms;
    private final Pattern pattern;

    private Masking(Collection<String> terms, Collection<String> honorificOnly) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(terms));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.terms = List.copyOf(sorted);
        List<String> alternatives = new ArrayList<>(sorted.stream().map(Pattern::quote).toList());
        honorificOnly.forEach(t -> alternatives.add(Pattern.quote(t) + HONORIFIC));
        this.pattern = alternatives.isEmpty() ? null : Pattern.compile(String.join("|", alternatives));
    }

    /** Replaces every identifier in the text; null stays null. */
    public String apply(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MASK));
    }

    /** The identifiers masked (longest first), for checking a rendered packet. */
    public List<String> terms() {
        return terms;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a case's identifiers by kind, so each kind gets the variants people write. */
    public static final class Builder {

        private final Set<String> terms = new LinkedHashSet<>();
        private final Set<String> honorificOnly = new LinkedHashSet<>();

        /** 氏名 (kanji or kana): whole, without spaces, and each part. */
        public Builder name(String name) {
            if (blank(name)) {
                return this;
            }
            String stripped = name.strip();
            add(stripped);
            add(stripped.replaceAll("[\\s\u3000]+", ""));
            for (String part : stripped.split("[\\s\u3000]+")) {
                if (part.length() >= 2) {
                    add(part);
                } else if (!part.isEmpty()) {
                    honorificOnly.add(part);
                }
            }
            return this;
        }

        /** フリガナ: as given and in hiragana. */
        public Builder kana(String kana) {
            if (blank(kana)) {
                return this;
            }
            name(kana);
            name(toHiragana(kana));
            return this;
        }

        /** 住所: whole, and without the municipality (the municipality is masked as such). */
        public Builder address(String address) {
            if (blank(address)) {
                return this;
            }
            String stripped = address.strip();
            add(stripped);
            Matcher m = MUNICIPALITY.matcher(stripped);
            if (m.find()) {
                municipality(m.group(1));
                String rest = stripped.substring(m.end()).strip();
                if (rest.length() >= 2) {
                    add(rest);
                    String town = rest.replaceAll("[0-9０-９\\-－ー‐丁目番地号の\\s]+.*$", "");
                    if (town.length() >= 2) {
                        add(town);
                    }
                }
            }
            return this;
        }

        /** 保険者・市町村: as registered, and without a parenthesised note (さくら市（架空） → さくら市). */
        public Builder municipality(String name) {
            if (blank(name)) {
                return this;
            }
            add(name.strip());
            String base = name.replaceAll("[（(].*?[）)]", "").strip();
            if (base.length() >= 2) {
                add(base);
            }
            return this;
        }

        /** Numbers (被保険者番号, 電話, 郵便番号): as written and in full-width digits. */
        public Builder number(String number) {
            if (blank(number)) {
                return this;
            }
            add(number.strip());
            add(toFullWidth(number.strip()));
            return this;
        }

        /** An office, institution or any other proper name, masked as a whole. */
        public Builder term(String term) {
            if (!blank(term) && term.strip().length() >= 2) {
                add(term.strip());
            }
            return this;
        }

        public Masking build() {
            return new Masking(terms, honorificOnly);
        }

        private void add(String term) {
            if (!term.isBlank()) {
                terms.add(term);
            }
        }
    }

    static String toHiragana(String katakana) {
        StringBuilder out = new StringBuilder(katakana.length());
        katakana.codePoints().forEach(cp -> out.appendCodePoint(cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp));
        return out.toString();
    }

    static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder(ascii.length());
        ascii.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '-' ? '－' : (char) c));
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
