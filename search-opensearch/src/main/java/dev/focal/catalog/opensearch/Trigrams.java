package dev.focal.catalog.opensearch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's pg_trgm as the PostgreSQL search uses it for typo tolerance: every word (a run of letters and
 * digits) padded with two blanks in front and one behind, cut into three-character pieces, and
 * {@code word_similarity(query, words)}: the best share of the query's trigrams found in one continuous stretch
 * of the document's trigrams. The same algorithm runs inside OpenSearch as the Painless script
 * {@link #WORD_SIMILARITY_SCRIPT}, so both backends find and rank the same near misses.
 */
final class Trigrams {

    private Trigrams() {
    }

    /** The positional trigrams of a text, in order, repeats kept (what {@code word_similarity} walks). */
    static List<String> positional(String text) {
        var trigrams = new ArrayList<String>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                String padded = "  " + lower.substring(start, i) + " ";
                for (int j = 0; j + 3 <= padded.length(); j++) {
                    trigrams.add(padded.substring(j, j + 3));
                }
            }
        }
        return trigrams;
    }

    /** The distinct trigrams of a text (what the index stores to pre-select typo candidates). */
    static Set<String> distinct(String text) {
        return new LinkedHashSet<>(positional(text));
    }

    /**
     * pg_trgm's {@code word_similarity(query, words)} (non-strict), ported from {@code iterate_word_similarity}
     * in contrib/pg_trgm/trgm_op.c: the greedy walk over the document's trigrams included, so results agree
     * with PostgreSQL's to the float.
     */
    static float wordSimilarity(String query, String words) {
        Set<String> queryTrigrams = distinct(query);
        List<String> trigrams = positional(words);
        int ulen1 = queryTrigrams.size();
        if (ulen1 == 0 || trigrams.isEmpty()) {
            return 0f;
        }
        var ids = new HashMap<String, Integer>();
        var foundList = new ArrayList<Boolean>();
        int[] index = new int[trigrams.size()];
        for (int i = 0; i < trigrams.size(); i++) {
            String t = trigrams.get(i);
            Integer id = ids.get(t);
            if (id == null) {
                id = ids.size();
                ids.put(t, id);
                foundList.add(queryTrigrams.contains(t));
            }
            index[i] = id;
        }
        boolean[] found = new boolean[ids.size()];
        for (int i = 0; i < found.length; i++) {
            found[i] = foundList.get(i);
        }
        int[] lastpos = new int[ids.size()];
        java.util.Arrays.fill(lastpos, -1);
        int lower = -1;
        int count = 0;
        int ulen2 = 0;
        float max = 0f;
        for (int i = 0; i < index.length; i++) {
            int ti = index[i];
            if (lower >= 0 || found[ti]) {
                if (lastpos[ti] < 0) {
                    ulen2++;
                    if (found[ti]) {
                        count++;
                    }
                }
                lastpos[ti] = i;
            }
            if (found[ti]) {
                int upper = i;
                if (lower == -1) {
                    lower = i;
                    ulen2 = 1;
                }
                float current = sml(count, ulen1, ulen2);
                int tmpCount = count;
                int tmpUlen2 = ulen2;
                int prevLower = lower;
                for (int tmpLower = lower; tmpLower <= upper; tmpLower++) {
                    float candidate = sml(tmpCount, ulen1, tmpUlen2);
                    if (candidate > current) {
                        current = candidate;
                        ulen2 = tmpUlen2;
                        lower = tmpLower;
                        count = tmpCount;
                    }
                    int tti = index[tmpLower];
                    if (lastpos[tti] == tmpLower) {
                        tmpUlen2--;
                        if (found[tti]) {
                            tmpCount--;
                        }
                    }
                }
                if (current > max) { max = current; }
                for (int tmpLower = prevLower; tmpLower < lower; tmpLower++) {
                    int tti = index[tmpLower];
                    if (lastpos[tti] == tmpLower) {
                        lastpos[tti] = -1;
                    }
                }
            }
        }
        return max;
    }

    private static float sml(int count, int len1, int len2) {
        return ((float) count) / ((float) (len1 + len2 - count));
    }

    /**
     * {@link #wordSimilarity} in Painless over the keyword field {@code words}. Parameters: {@code q}, a map whose
     * keys are the query's distinct trigrams, and {@code n}, their number.
     */
    static final String WORD_SIMILARITY_SCRIPT = """
            if (doc['words'].size() == 0) { return 0.0; }
            String s = doc['words'].value;
            Map q = params.q;
            int ulen1 = params.n;
            List trigrams = new ArrayList();
            int i = 0;
            int len = s.length();
            while (i < len) {
              while (i < len && !Character.isLetterOrDigit(s.charAt(i))) { i++; }
              int start = i;
              while (i < len && Character.isLetterOrDigit(s.charAt(i))) { i++; }
              if (i > start) {
                String padded = '  ' + s.substring(start, i) + ' ';
                for (int j = 0; j + 3 <= padded.length(); j++) { trigrams.add(padded.substring(j, j + 3)); }
              }
            }
            int len2 = trigrams.size();
            if (ulen1 == 0 || len2 == 0) { return 0.0; }
            Map ids = new HashMap();
            List foundList = new ArrayList();
            int[] index = new int[len2];
            for (int k = 0; k < len2; k++) {
              String t = trigrams.get(k);
              def id = ids.get(t);
              if (id == null) { id = ids.size(); ids.put(t, id); foundList.add(q.containsKey(t)); }
              index[k] = (int) id;
            }
            int n = ids.size();
            boolean[] found = new boolean[n];
            int[] lastpos = new int[n];
            for (int k = 0; k < n; k++) { found[k] = (boolean) foundList.get(k); lastpos[k] = -1; }
            int lower = -1;
            int count = 0;
            int ulen2 = 0;
            float max = 0f;
            for (int k = 0; k < len2; k++) {
              int ti = index[k];
              if (lower >= 0 || found[ti]) {
                if (lastpos[ti] < 0) { ulen2++; if (found[ti]) { count++; } }
                lastpos[ti] = k;
              }
              if (found[ti]) {
                int upper = k;
                if (lower == -1) { lower = k; ulen2 = 1; }
                float current = ((float) count) / ((float) (ulen1 + ulen2 - count));
                int tmpCount = count;
                int tmpUlen2 = ulen2;
                int prevLower = lower;
                for (int tl = lower; tl <= upper; tl++) {
                  float candidate = ((float) tmpCount) / ((float) (ulen1 + tmpUlen2 - tmpCount));
                  if (candidate > current) { current = candidate; ulen2 = tmpUlen2; lower = tl; count = tmpCount; }
                  int tti = index[tl];
                  if (lastpos[tti] == tl) { tmpUlen2--; if (found[tti]) { tmpCount--; } }
                }
                if (current > max) { max = current; }
                for (int tl = prevLower; tl < lower; tl++) {
                  int tti = index[tl];
                  if (lastpos[tti] == tl) { lastpos[tti] = -1; }
                }
              }
            }
            return max;
            """;
}
