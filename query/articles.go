package query

import (
	"context"
	"fmt"
	"sort"

	"github.com/powermap/powermap"
)

// ArticleItem is an article in a listing, with what was found in it.
type ArticleItem struct {
	powermap.ArticleSummary
	Events int `json:"events"` // events extracted from it
	People int `json:"people"` // people and organizations it names
}

// ArticleLister is a store that lists articles newest first, a page at a
// time, with their counts. sqlite.DB is one.
type ArticleLister interface {
	ArticlePage(ctx context.Context, offset, limit int) (items []ArticleItem, total int, err error)
}

// ArticleLinks is a store that tells, for one article, the merged event
// each of its events went into (by index in Facts.Events) and the
// canonical name of each entity (by index in People, then Organizations).
type ArticleLinks interface {
	ArticleLinks(ctx context.Context, id int64) (events map[int]int64, entities map[int]string, err error)
}

// Articles lists stored articles newest first (by publication, unknown
// dates last), offset and limit paging them, with the total.
func (s *Service) Articles(ctx context.Context, offset, limit int) ([]ArticleItem, int, error) {
	if offset < 0 || limit < 0 {
		return nil, 0, fmt.Errorf("%w: negative offset or limit", powermap.ErrInvalid)
	}
	if limit == 0 {
		limit = 1 << 30
	}
	if l, ok := s.Store.(ArticleLister); ok {
		items, total, err := l.ArticlePage(ctx, offset, limit)
		if items == nil {
			items = []ArticleItem{}
		}
		return items, total, err
	}
	all, err := s.Store.Articles(ctx)
	if err != nil {
		return nil, 0, err
	}
	sort.SliceStable(all, func(i, j int) bool {
		if (all[i].Published == "") != (all[j].Published == "") {
			return all[j].Published == ""
		}
		if all[i].Published != all[j].Published {
			return all[i].Published > all[j].Published
		}
		return all[i].ID > all[j].ID
	})
	items := []ArticleItem{}
	for i := offset; i < len(all) && i < offset+limit; i++ {
		items = append(items, ArticleItem{ArticleSummary: all[i]})
	}
	return items, len(all), nil
}
