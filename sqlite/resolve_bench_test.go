package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// BenchmarkResolveStored100k stores 100,000 generated article events (20,000
// articles of five events among 2,000 people) and times Resolve: linking
// every article entity to a canonical one and merging the events.
func BenchmarkResolveStored100k(b *testing.B) {
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := Open(ctx, filepath.Join(b.TempDir(), "r.db"))
		if err != nil {
			b.Fatal(err)
		}
		fillEvents(b, db, 20_000, 5, 2_000)
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		b.StartTimer()
		start := time.Now()
		rep, err := db.Resolve(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(time.Since(start).Seconds(), "s/resolve")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "alloc-MB")
		b.ReportMetric(float64(rep.Events), "merged-events")
		db.Close()
	}
}

// fillEvents writes articles with entities, events and the links between
// them straight into the tables, as ingest would leave them.
func fillEvents(b *testing.B, db *DB, articles, perArticle, people int) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	types := []string{"meet", "fund", "support", "oppose", "threaten", "reconcile"}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for a := 1; a <= articles; a++ {
		pub := base.AddDate(0, 0, r.IntN(730))
		if _, err := tx.Exec(`INSERT INTO articles (id, name, source, title, published, format, text, text_key, ingested_at) VALUES (?, ?, ?, '', ?, 'text', ?, ?, '')`,
			a, fmt.Sprint("a", a), "gen", pub.Format("2006-01-02"), fmt.Sprint("text ", a), fmt.Sprint("key", a)); err != nil {
			b.Fatal(err)
		}
		names := map[string]bool{}
		type part struct {
			seq        int
			role, name string
		}
		var parts []part
		for e := 0; e < perArticle; e++ {
			p1, p2 := fmt.Sprintf("Person Number%d", r.IntN(people)), fmt.Sprintf("Person Number%d", r.IntN(people))
			if p1 == p2 {
				continue
			}
			names[p1], names[p2] = true, true
			typ := types[r.IntN(len(types))]
			actors, src, tgt := "[]", "", ""
			if typ == "meet" || typ == "reconcile" {
				j, _ := json.Marshal([]string{p1, p2})
				actors = string(j)
				parts = append(parts, part{e, "actor", p1}, part{e, "actor", p2})
			} else {
				src, tgt = p1, p2
				parts = append(parts, part{e, "source", p1}, part{e, "target", p2})
			}
			date := ""
			if r.IntN(3) > 0 {
				date = pub.AddDate(0, 0, -r.IntN(3)).Format("2006-01-02")
			}
			if _, err := tx.Exec(`INSERT INTO events (article_id, seq, type, actors, source, target, date, ev_start, ev_end, rule, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 4, 'gen', 0.8)`,
				a, e, typ, actors, src, tgt, date); err != nil {
				b.Fatal(err)
			}
		}
		seq := 0
		seqOf := map[string]int{}
		for n := range names {
			if _, err := tx.Exec(`INSERT INTO entities (article_id, seq, name, type) VALUES (?, ?, ?, 'person')`, a, seq, n); err != nil {
				b.Fatal(err)
			}
			seqOf[n] = seq
			seq++
		}
		for _, p := range parts {
			if _, err := tx.Exec(`INSERT INTO event_entities (article_id, seq, role, entity_seq) VALUES (?, ?, ?, ?)`, a, p.seq, p.role, seqOf[p.name]); err != nil {
				b.Fatal(err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
