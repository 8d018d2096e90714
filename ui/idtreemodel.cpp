// SPDX-License-Identifier: GPL-3.0-or-later
// IdTreeModel: removal in contiguous runs from the end, insertion at the desired position.
#include "idtreemodel.h"
#include "logging.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace plugboard::ui {

int IdTreeModel::Node::row() const
{
    if (!parent)
        return 0;
    const auto &siblings = parent->children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return -1;
}

IdTreeModel::IdTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
}

IdTreeModel::~IdTreeModel() = default;

QList<IdTreeModel::Child> IdTreeModel::children(const Node *node) const
{
    QList<Child> out;
    for (const QString &id : childIds(node))
        out.append({id, childKind(node, id), {}});
    return out;
}

std::unique_ptr<IdTreeModel::Node> IdTreeModel::buildNode(const Child &child, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->kind = child.kind;
    node->id = child.id;
    node->payload = child.payload;
    node->parent = parent;
    m_byId.insert(child.id, node.get());
    const QList<Child> kids = children(node.get());
    node->children.reserve(size_t(kids.size()));
    for (const Child &kid : kids)
        node->children.push_back(buildNode(kid, node.get()));
    return node;
}

void IdTreeModel::unindex(Node *node)
{
    m_byId.remove(node->id);
    for (auto &child : node->children)
        unindex(child.get());
}

void IdTreeModel::rebuild()
{
    beginResetModel();
    ++m_resets;
    m_byId.clear();
    m_root = std::make_unique<Node>();
    for (const Child &child : children(m_root.get()))
        m_root->children.push_back(buildNode(child, m_root.get()));
    endResetModel();
}

void IdTreeModel::reconcile(const QString &id)
{
    Node *n = id.isEmpty() ? m_root.get() : m_byId.value(id);
    if (n)
        reconcileNode(n, false);
}

void IdTreeModel::reconcileSubtree(const QString &id)
{
    Node *n = id.isEmpty() ? m_root.get() : m_byId.value(id);
    if (n)
        reconcileNode(n, true);
}

void IdTreeModel::reconcileNode(Node *node, bool recurse)
{
    QList<Child> desired = children(node);
    const QModelIndex parentIndex = indexOfNode(node);
    // 1. Remove children that are gone, in contiguous runs from the end.
    QSet<QString> want;
    for (const Child &c : desired)
        want.insert(c.id);
    // Ids are unique among siblings (the rows are found by id); a duplicate is shown once.
    PB_CHECK(lcUi, want.size() == desired.size(), {
        QSet<QString> seen;
        desired.removeIf([&](const Child &c) {
            const bool again = seen.contains(c.id);
            seen.insert(c.id);
            return again;
        });
    });
    for (int i = int(node->children.size()) - 1; i >= 0;) {
        if (want.contains(node->children[size_t(i)]->id)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !want.contains(node->children[size_t(first - 1)]->id))
            --first;
        beginRemoveRows(parentIndex, first, i);
        for (int k = first; k <= i; ++k)
            unindex(node->children[size_t(k)].get());
        node->children.erase(node->children.begin() + first, node->children.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }
    // 2. Insert what is new at its place; what stayed keeps its relative order. A child whose
    // position no longer fits (its sort key changed) is removed and inserted again.
    for (int i = 0; i < desired.size(); ++i) {
        const QString &id = desired.at(i).id;
        if (i < int(node->children.size()) && node->children[size_t(i)]->id == id) {
            node->children[size_t(i)]->payload = desired.at(i).payload; // what it is may have moved
            continue;
        }
        if (Node *stray = m_byId.value(id); stray && stray->parent == node) {
            const int row = stray->row();
            beginRemoveRows(parentIndex, row, row);
            unindex(stray);
            node->children.erase(node->children.begin() + row);
            endRemoveRows();
        }
        beginInsertRows(parentIndex, i, i);
        node->children.insert(node->children.begin() + i, buildNode(desired.at(i), node));
        endInsertRows();
    }
    if (recurse) {
        for (auto &child : node->children)
            reconcileNode(child.get(), true);
    }
}

void IdTreeModel::refreshRow(const QString &id)
{
    const Node *n = m_byId.value(id);
    if (!n)
        return;
    const QModelIndex first = indexOfNode(n, 0);
    Q_EMIT dataChanged(first, first.siblingAtColumn(columnCount(first.parent()) - 1));
}

QVariant IdTreeModel::dimmedBrush()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
}

const IdTreeModel::Node *IdTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex IdTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex IdTreeModel::indexOf(const QString &id, int column) const
{
    return indexOfNode(m_byId.value(id), column);
}

QString IdTreeModel::id(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : QString();
}

int IdTreeModel::kind(const QModelIndex &index) const
{
    return nodeOf(index)->kind;
}

QModelIndex IdTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= columnCount(parent) || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex IdTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int IdTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

bool IdTreeModel::checkNode(const Node *node, QString *why) const
{
    QStringList want;
    for (const Child &c : children(node))
        want.append(c.id);
    if (int(node->children.size()) != want.size()) {
        *why
            = QStringLiteral("%1 has %2 rows, the source %3").arg(node->id).arg(node->children.size()).arg(want.size());
        return false;
    }
    for (int i = 0; i < want.size(); ++i) {
        const Node *c = node->children[size_t(i)].get();
        if (c->id != want.at(i) || c->parent != node || m_byId.value(c->id) != c) {
            *why = QStringLiteral("%1 row %2 is %3, the source %4").arg(node->id).arg(i).arg(c->id, want.at(i));
            return false;
        }
        if (!checkNode(c, why))
            return false;
    }
    return true;
}

bool IdTreeModel::isConsistent(QString *why) const
{
    QString local;
    return checkNode(m_root.get(), why ? why : &local);
}

} // namespace plugboard::ui
