package kb

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func TestEmbeddedRolesByDate(t *testing.T) {
	k, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if k.Len() < 600 {
		t.Errorf("only %d entries", k.Len())
	}
	for _, tt := range []struct{ role, org, at, want string }{
		{"president", "United States", "2024-12-20", "Joe Biden"},
		{"president", "United States", "2025-06-01", "Donald Trump"},
		{"president", "United States", "2019-03-01", "Donald Trump"},
		{"vice_president", "United States", "2025-06-01", "JD Vance"},
		{"first_lady", "United States", "2026-01-04", "Melania Trump"},
		{"speaker", "House of Representatives", "2025-06-04", "Mike Johnson"},
		{"ceo", "Tesla", "2025-06-04", "Elon Musk"},
	} {
		e := k.Holder(tt.role, tt.org, day(tt.at))
		if e == nil || e.Name != tt.want {
			t.Errorf("Holder(%s, %s, %s) = %v, want %s", tt.role, tt.org, tt.at, e, tt.want)
		}
	}
	if e := k.Elect("president", "United States", day("2024-12-20")); e == nil || e.Name != "Donald Trump" {
		t.Errorf("president-elect in December 2024 = %v", e)
	}
	if e := k.Elect("president", "United States", day("2025-06-01")); e != nil {
		t.Errorf("president-elect in June 2025 = %v, want none", e)
	}
	for h, want := range map[string]string{"@POTUS": "Donald Trump", "@FLOTUS": "Melania Trump", "@elonmusk": "Elon Musk", "RepThomasMassie": "Thomas Massie"} {
		if e := k.Handle(h, day("2026-01-04")); e == nil || e.Name != want {
			t.Errorf("Handle(%s) = %v, want %s", h, e, want)
		}
	}
	if e := k.Handle("@POTUS", day("2022-01-04")); e == nil || e.Name != "Joe Biden" {
		t.Errorf("@POTUS in 2022 = %v", e)
	}
	if es := k.Match("Jeff Bozo"); len(es) != 1 || es[0].Name != "Jeff Bezos" || !es[0].IsDerisive("Jeff Bozo") {
		t.Errorf("Jeff Bozo = %v", es)
	}
	if es := k.Match("Sleepy Joe"); len(es) != 1 || es[0].Name != "Joe Biden" {
		t.Errorf("merged derisive nickname: %v", es)
	}
}

func TestUserFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "kb.json")
	os.WriteFile(good, []byte(`[{"name":"Harlan Voss","type":"person","aliases":["H. Voss"],"roles":[{"role":"ceo","org":"Voss Maritime","start":"2010-01-01"}]},
		{"id":"Q317521","name":"Elon Musk","type":"person","merge":true,"aliases":["Technoking"]}]`), 0o644)
	k, err := Load(good)
	if err != nil {
		t.Fatal(err)
	}
	if es := k.Match("H. Voss"); len(es) != 1 || es[0].ID != "user:Harlan Voss" {
		t.Errorf("user entry: %v", es)
	}
	if e := k.Holder("ceo", "Voss Maritime", day("2025-01-01")); e == nil || e.Name != "Harlan Voss" {
		t.Errorf("user role: %v", e)
	}
	if es := k.Match("Technoking"); len(es) != 1 || es[0].Name != "Elon Musk" || len(es[0].Roles) == 0 {
		t.Errorf("merged alias lost the embedded entry's roles: %v", es)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`[{"name":"Nobody","type":"robot"}]`), 0o644)
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad entry: %v", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file loaded")
	}
}
