package query

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/powermap/powermap"
)

// peopleStore knows a few people by exact name.
type peopleStore struct {
	powermap.Store
	people []powermap.CanonicalEntity
}

func (p peopleStore) Entity(_ context.Context, ref string) (*powermap.CanonicalEntity, error) {
	for i := range p.people {
		if p.people[i].Name == ref {
			return &p.people[i], nil
		}
	}
	return nil, fmt.Errorf("entity %q: %w", ref, powermap.ErrNotFound)
}

func (p peopleStore) Entities(context.Context, string, int) ([]powermap.CanonicalEntity, error) {
	return p.people, nil
}

func (p peopleStore) Events(context.Context, powermap.EventFilter) ([]powermap.CanonicalEvent, error) {
	return nil, nil
}

func TestNamesSuggestAndListCandidates(t *testing.T) {
	s := &Service{Store: peopleStore{people: []powermap.CanonicalEntity{
		{ID: 1, Name: "Katie Miller"}, {ID: 2, Name: "Stephen Miller"}, {ID: 3, Name: "Elon Musk"}, {ID: 4, Name: "Donald Trump"},
	}}}
	ctx := context.Background()
	_, err := s.Timeline(ctx, "Miller")
	if !errors.Is(err, powermap.ErrNotFound) || !strings.Contains(err.Error(), "Katie Miller or Stephen Miller") {
		t.Errorf("ambiguous surname: %v", err)
	}
	_, err = s.Timeline(ctx, "Elon Muks")
	if !errors.Is(err, powermap.ErrNotFound) || !strings.Contains(err.Error(), "did you mean Elon Musk?") {
		t.Errorf("misspelled name: %v", err)
	}
	if tl, err := s.Timeline(ctx, "Trump"); err != nil || tl.People[0].Name != "Donald Trump" {
		t.Errorf("a surname naming one person: %v %v", tl, err)
	}
	if _, err := s.History(ctx, "Elon Musk", "Elon Musk"); !errors.Is(err, powermap.ErrInvalid) {
		t.Errorf("the same person twice: %v", err)
	}
	if _, err := s.Timeline(ctx, "Zzyzx Qqq"); !errors.Is(err, powermap.ErrNotFound) || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("nothing alike: %v", err)
	}
}
