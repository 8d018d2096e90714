// SPDX-License-Identifier: GPL-3.0-or-later
// A tree model keyed by stable ids: subclasses say what the children of a node are, and the base
// keeps its rows in step by reconciling touched nodes (begin/end insert/remove emitted here, so
// callers cannot forget them). Each node may carry a typed payload (what the row is), refreshed on
// every reconcile. Used by the host and guest trees.
#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include <any>
#include <memory>
#include <vector>

namespace plugboard::ui {

class IdTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit IdTreeModel(QObject *parent = nullptr);
    ~IdTreeModel() override;

    QModelIndex indexOf(const QString &id, int column = 0) const;
    QString id(const QModelIndex &index) const;
    int kind(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

    // Every node agrees with what the subclass says its children are (tests call it after each change).
    bool isConsistent(QString *why = nullptr) const;
    // Resets since the last resetCounters() (hotplug and events must never cause one).
    int resetCount() const { return m_resets; }
    void resetCounters() { m_resets = 0; }
    int nodeCount() const { return int(m_byId.size()); }

protected:
    struct Node
    {
        int kind = -1; // -1: the invisible root
        QString id;
        std::any payload;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        int row() const;
    };
    struct Child
    {
        QString id;
        int kind = -1;
        std::any payload;
    };

    // `node`'s children in display order. The default asks childIds() and childKind().
    virtual QList<Child> children(const Node *node) const;
    // The ids of `node`'s children in display order, and the kind of a child.
    virtual QStringList childIds(const Node *) const { return {}; }
    virtual int childKind(const Node *, const QString &) const { return -1; }
    template<typename T> static const T *payloadOf(const Node *node)
    {
        return node ? std::any_cast<T>(&node->payload) : nullptr;
    }

    const Node *nodeOf(const QModelIndex &index) const;
    const Node *rootNode() const { return m_root.get(); }
    const Node *find(const QString &id) const { return m_byId.value(id); }
    QModelIndex indexOfNode(const Node *node, int column = 0) const;

    void rebuild(); // a model reset: only when a source reconnects
    void reconcile(const QString &id); // children of `id` ("" = top level), recursively for new rows only
    void reconcileSubtree(const QString &id); // `id` and everything below it
    void refreshRow(const QString &id); // dataChanged over all columns of that row
    // Dimmed text (empty ports, stopped guests); empty without a GUI application (models run in tests).
    static QVariant dimmedBrush();

private:
    void reconcileNode(Node *node, bool recurse);
    std::unique_ptr<Node> buildNode(const Child &child, Node *parent);
    void unindex(Node *node);
    bool checkNode(const Node *node, QString *why) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId;
    int m_resets = 0;
};

} // namespace plugboard::ui
